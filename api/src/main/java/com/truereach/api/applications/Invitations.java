package com.truereach.api.applications;

import com.truereach.api.campaigns.Campaign;
import com.truereach.api.creators.CreatorId;
import com.truereach.api.db.Sql;
import com.truereach.api.events.EventData;
import com.truereach.api.events.EventType;
import com.truereach.api.events.Events;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import com.truereach.api.tenancy.TenantId;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Invitations, inside a transaction the caller opened in the brand's tenant scope or the creator's. */
@Singleton
class Invitations {

  private static final String SELECT = "SELECT i.id, i.tenant_id, i.campaign_id, cm.title, i.creator_id, cr.display_name, i.message, i.state,"
      + " i.invited_by, i.created_at, i.responded_at, i.application_id FROM campaigns.invitations i"
      + " JOIN campaigns.campaigns cm ON cm.id = i.campaign_id JOIN catalog.creators cr ON cr.id = i.creator_id ";

  private final Events events;

  Invitations(Events events) {
    this.events = events;
  }

  /** Invites a creator; empty when they were invited to this campaign already. */
  Optional<Invitation> invite(Connection c, TenantId tenant, Campaign campaign, CreatorId creator, String message, String actor) {
    UUID id = UUID.randomUUID();
    int inserted = Sql.update(c, "INSERT INTO campaigns.invitations (id, tenant_id, campaign_id, creator_id, message, state, invited_by)"
            + " VALUES (?, ?, ?, ?, ?, 'pending', ?) ON CONFLICT (campaign_id, creator_id) DO NOTHING",
        s -> { s.setObject(1, id); s.setString(2, tenant.value()); s.setObject(3, campaign.id()); s.setObject(4, creator.value());
               s.setString(5, message); s.setString(6, actor); });
    if (inserted == 0) {
      return Optional.empty();
    }
    Invitation created = find(c, id).orElseThrow();
    emit(c, created, EventType.INVITATION_CREATED);
    return Optional.of(created);
  }

  /** Records the creator's answer on a pending invitation they hold, locked so two answers end with one. */
  Invitation answer(Connection c, CreatorId creator, UUID id, Invitation.InvitationState answer, Optional<UUID> application) {
    Sql.query(c, "SELECT id FROM campaigns.invitations WHERE creator_id = ? AND id = ? FOR UPDATE",
        s -> { s.setObject(1, creator.value()); s.setObject(2, id); }, row -> row.getObject(1));
    Invitation current = ofCreator(c, creator, id).orElseThrow(() -> ProblemException.notFound("Invitation " + id));
    if (current.state() != Invitation.InvitationState.PENDING) {
      throw new ProblemException(ProblemType.CONFLICT, "This invitation was already " + current.state().wire() + ".");
    }
    Sql.update(c, "UPDATE campaigns.invitations SET state = ?, responded_at = now(), application_id = ? WHERE creator_id = ? AND id = ?",
        s -> { s.setString(1, answer.wire()); s.setObject(2, application.orElse(null)); s.setObject(3, creator.value()); s.setObject(4, id); });
    Invitation answered = ofCreator(c, creator, id).orElseThrow();
    emit(c, answered, answer == Invitation.InvitationState.ACCEPTED ? EventType.INVITATION_ACCEPTED : EventType.INVITATION_DECLINED);
    return answered;
  }

  Optional<Invitation> ofCreator(Connection c, CreatorId creator, UUID id) {
    return Sql.query(c, SELECT + "WHERE i.creator_id = ? AND i.id = ?", s -> { s.setObject(1, creator.value()); s.setObject(2, id); },
        Invitations::invitation).stream().findFirst();
  }

  List<Invitation> ofCreator(Connection c, CreatorId creator) {
    return Sql.query(c, SELECT + "WHERE i.creator_id = ? ORDER BY i.created_at DESC LIMIT 500", s -> s.setObject(1, creator.value()),
        Invitations::invitation);
  }

  List<Invitation> ofCampaign(Connection c, TenantId tenant, UUID campaign) {
    return Sql.query(c, SELECT + "WHERE i.tenant_id = ? AND i.campaign_id = ? ORDER BY i.created_at LIMIT 1000",
        s -> { s.setString(1, tenant.value()); s.setObject(2, campaign); }, Invitations::invitation);
  }

  private Optional<Invitation> find(Connection c, UUID id) {
    return Sql.query(c, SELECT + "WHERE i.id = ?", s -> s.setObject(1, id), Invitations::invitation).stream().findFirst();
  }

  private void emit(Connection c, Invitation invitation, EventType type) {
    events.append(c, invitation.owner(), Optional.of(new CreatorId(invitation.creatorId())), type, new EventData.InvitationChanged(
        invitation.id().toString(), invitation.campaignId().toString(), invitation.creatorId().toString(), invitation.state().wire(),
        invitation.applicationId().map(UUID::toString).orElse(null)));
  }

  private static Invitation invitation(ResultSet row) throws SQLException {
    Timestamp responded = row.getTimestamp(11);
    return new Invitation(row.getObject(1, UUID.class), new TenantId(row.getString(2)), row.getObject(3, UUID.class), row.getString(4),
        row.getObject(5, UUID.class), row.getString(6), row.getString(7), Invitation.InvitationState.valueOf(row.getString(8).toUpperCase()),
        row.getString(9), row.getTimestamp(10).toInstant(), Optional.ofNullable(responded).map(Timestamp::toInstant),
        Optional.ofNullable(row.getObject(12, UUID.class)));
  }
}
