package com.truereach.api.applications;

import com.truereach.api.campaigns.Campaign;
import com.truereach.api.campaigns.CampaignRequest;
import com.truereach.api.campaigns.CampaignState;
import com.truereach.api.campaigns.Campaigns;
import com.truereach.api.campaigns.DeliverablesJson;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Applications and their transitions. Every method runs inside a transaction the caller opened in
 * the right scope (the brand's tenant or the creator), so a change, its history row and its event
 * commit together.
 */
@Singleton
class Applications {

  private static final String SELECT = "SELECT a.id, a.tenant_id, a.campaign_id, cm.title, a.creator_id, cr.display_name, a.invitation_id, a.pitch,"
      + " a.proposed_rate_minor, a.currency, a.deliverable_plan::text, a.state, a.version, a.created_at, a.updated_at"
      + " FROM campaigns.applications a JOIN campaigns.campaigns cm ON cm.id = a.campaign_id"
      + " JOIN catalog.creators cr ON cr.id = a.creator_id ";

  private final Campaigns campaigns;
  private final Events events;

  Applications(Campaigns campaigns, Events events) {
    this.campaigns = campaigns;
    this.events = events;
  }

  /** A creator's new application to a campaign they can see; the caller checked the proposal against it. */
  Application submit(Connection c, CreatorId creator, Campaign campaign, Proposal proposal, Optional<UUID> invitation,
      String actor) {
    if (campaign.state() != CampaignState.PUBLISHED) {
      throw new ProblemException(ProblemType.CONFLICT, "This campaign is " + campaign.state().wire() + " and takes no applications.");
    }
    UUID id = UUID.randomUUID();
    TenantId owner = campaign.owner();
    try {
      Sql.update(c, "INSERT INTO campaigns.applications (id, tenant_id, campaign_id, creator_id, invitation_id, pitch, proposed_rate_minor,"
              + " currency, deliverable_plan, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, 'submitted')",
          s -> {
            s.setObject(1, id);
            s.setString(2, owner.value());
            s.setObject(3, campaign.id());
            s.setObject(4, creator.value());
            s.setObject(5, invitation.orElse(null));
            s.setString(6, proposal.pitch().strip());
            s.setLong(7, proposal.proposedRate().amount());
            s.setString(8, proposal.proposedRate().currency());
            s.setString(9, DeliverablesJson.write(proposal.deliverablePlan()));
          });
    } catch (Sql.DataAccessFailure failure) {
      if (failure.isUniqueViolation()) {
        throw new ProblemException(ProblemType.CONFLICT, "You already have a live application to this campaign; withdraw it to apply again.");
      }
      throw failure;
    }
    record(c, owner, creator, id, null, ApplicationState.SUBMITTED, actor, "");
    Application created = find(c, id).orElseThrow();
    emit(c, created, EventType.APPLICATION_SUBMITTED);
    return created;
  }

  /**
   * A brand's decision. The campaign row is locked first, so two decisions on one campaign run one
   * after the other: two admins accepting the same application end with one acceptance, and
   * acceptances on different applications never together exceed the budget.
   */
  Application decide(Connection c, TenantId tenant, UUID id, ApplicationTransition transition, String actor, String reason) {
    Application current = ofTenant(c, tenant, id).orElseThrow(() -> ProblemException.notFound("Application " + id));
    Campaign campaign = campaigns.lock(c, tenant, current.campaignId());
    Application locked = lock(c, id);
    if (!transition.allowedFrom(locked.state())) {
      throw new ProblemException(ProblemType.CONFLICT, transition.refusal(locked.state()));
    }
    if (transition == ApplicationTransition.ACCEPT) {
      if (campaign.state() != CampaignState.PUBLISHED) {
        throw new ProblemException(ProblemType.CONFLICT, "The campaign is " + campaign.state().wire() + "; only a published campaign accepts creators.");
      }
      long committed = acceptedTotal(c, campaign.id());
      long budget = campaign.content().budget().amount();
      long rate = locked.proposal().proposedRate().amount();
      if (committed + rate > budget) {
        throw new ProblemException(ProblemType.CONFLICT, String.format(
            "Accepting this application (%d) would exceed the campaign's budget: %d of %d %s is already committed.",
            rate, committed, budget, campaign.content().budget().currency()));
      }
    }
    return move(c, locked, transition, actor, reason);
  }

  /** The creator withdraws their own application (recorded under the brand's tenant, which owns it). */
  Application withdraw(Connection c, CreatorId creator, UUID id, String actor) {
    Application locked = lock(c, id);
    if (!locked.creatorId().equals(creator.value())) {
      throw ProblemException.notFound("Application " + id);
    }
    if (!ApplicationTransition.WITHDRAW.allowedFrom(locked.state())) {
      throw new ProblemException(ProblemType.CONFLICT, ApplicationTransition.WITHDRAW.refusal(locked.state()));
    }
    return move(c, locked, ApplicationTransition.WITHDRAW, actor, "");
  }

  /** One of the tenant's applications. */
  Optional<Application> ofTenant(Connection c, TenantId tenant, UUID id) {
    return Sql.query(c, SELECT + "WHERE a.tenant_id = ? AND a.id = ?", s -> { s.setString(1, tenant.value()); s.setObject(2, id); },
        Applications::application).stream().findFirst();
  }

  /** One of the creator's own applications. */
  Optional<Application> ofCreator(Connection c, CreatorId creator, UUID id) {
    return Sql.query(c, SELECT + "WHERE a.creator_id = ? AND a.id = ?", s -> { s.setObject(1, creator.value()); s.setObject(2, id); },
        Applications::application).stream().findFirst();
  }

  private Optional<Application> find(Connection c, UUID id) {
    return Sql.query(c, SELECT + "WHERE a.id = ?", s -> s.setObject(1, id), Applications::application).stream().findFirst();
  }

  List<Application> ofCampaign(Connection c, TenantId tenant, UUID campaign, Optional<ApplicationState> state) {
    return Sql.query(c, SELECT + "WHERE a.tenant_id = ? AND a.campaign_id = ? AND (?::text IS NULL OR a.state = ?) ORDER BY a.created_at LIMIT 1000",
        s -> {
          s.setString(1, tenant.value());
          s.setObject(2, campaign);
          String wire = state.map(ApplicationState::wire).orElse(null);
          s.setString(3, wire);
          s.setString(4, wire);
        }, Applications::application);
  }

  List<Application> ofCreator(Connection c, CreatorId creator) {
    return Sql.query(c, SELECT + "WHERE a.creator_id = ? ORDER BY a.created_at DESC LIMIT 500",
        s -> s.setObject(1, creator.value()), Applications::application);
  }

  /** The application's changes; call it after finding the application in the caller's scope. */
  List<Step> history(Connection c, UUID id) {
    return Sql.query(c, "SELECT from_state, to_state, actor, reason, at FROM campaigns.application_transitions WHERE application_id = ? ORDER BY id",
        s -> s.setObject(1, id),
        row -> new Step(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getTimestamp(5).toInstant()));
  }

  /** Sum of the proposed rates already accepted on a campaign. */
  long acceptedTotal(Connection c, UUID campaign) {
    return Sql.query(c, "SELECT coalesce(sum(proposed_rate_minor), 0) FROM campaigns.applications WHERE campaign_id = ? AND state = 'accepted'",
        s -> s.setObject(1, campaign), row -> row.getLong(1)).get(0);
  }

  private Application move(Connection c, Application current, ApplicationTransition transition, String actor, String reason) {
    TenantId owner = current.owner();
    Sql.update(c, "UPDATE campaigns.applications SET state = ?, version = version + 1, updated_at = now() WHERE id = ?",
        s -> { s.setString(1, transition.target().wire()); s.setObject(2, current.id()); });
    CreatorId creator = new CreatorId(current.creatorId());
    record(c, owner, creator, current.id(), current.state(), transition.target(), actor, reason);
    Application moved = find(c, current.id()).orElseThrow();
    emit(c, moved, transition.event());
    return moved;
  }

  private Application lock(Connection c, UUID id) {
    Sql.query(c, "SELECT id FROM campaigns.applications WHERE id = ? FOR UPDATE", s -> s.setObject(1, id), row -> row.getObject(1));
    return find(c, id).orElseThrow(() -> ProblemException.notFound("Application " + id));
  }

  private void emit(Connection c, Application application, EventType type) {
    events.append(c, application.owner(), Optional.of(new CreatorId(application.creatorId())), type, new EventData.ApplicationChanged(
        application.id().toString(), application.campaignId().toString(), application.creatorId().toString(),
        application.state().wire(), application.proposal().proposedRate().amount(), application.proposal().proposedRate().currency()));
  }

  private static void record(Connection c, TenantId owner, CreatorId creator, UUID id, ApplicationState from, ApplicationState to,
      String actor, String reason) {
    Sql.update(c, "INSERT INTO campaigns.application_transitions (tenant_id, creator_id, application_id, from_state, to_state, actor, reason)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        s -> { s.setString(1, owner.value()); s.setObject(2, creator.value()); s.setObject(3, id);
               s.setString(4, from == null ? null : from.wire()); s.setString(5, to.wire()); s.setString(6, actor); s.setString(7, reason); });
  }

  private static Application application(ResultSet row) throws SQLException {
    Proposal proposal = new Proposal(row.getString(8), new CampaignRequest.Amount(row.getLong(9), row.getString(10)),
        DeliverablesJson.read(row.getString(11)));
    return new Application(row.getObject(1, UUID.class), new TenantId(row.getString(2)), row.getObject(3, UUID.class), row.getString(4),
        row.getObject(5, UUID.class), row.getString(6), Optional.ofNullable(row.getObject(7, UUID.class)), proposal,
        ApplicationState.fromWire(row.getString(12)), row.getLong(13), row.getTimestamp(14).toInstant(), row.getTimestamp(15).toInstant());
  }

  /** One change of an application's state: from (null at submission), to, who, why and when. */
  record Step(String from, String to, String actor, String reason, java.time.Instant at) {}
}
