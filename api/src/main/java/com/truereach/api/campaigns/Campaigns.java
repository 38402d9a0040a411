package com.truereach.api.campaigns;

import com.truereach.api.db.Sql;
import com.truereach.api.events.EventData;
import com.truereach.api.events.Events;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import com.truereach.api.tenancy.TenantId;
import com.truereach.api.tenancy.TenantScope;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A tenant's campaigns and their transitions, always through {@link TenantScope}. */
@Singleton
public class Campaigns {

  private static final String COLUMNS = "id, title, description, niches, target_countries, languages, age_bands, platforms,"
      + " deliverables::text, budget_minor, currency, rate_min_minor, rate_max_minor, starts_on, ends_on, usage_rights,"
      + " visibility, state, version, created_by, created_at, updated_at, tenant_id";

  private final TenantScope scope;
  private final Events events;

  Campaigns(TenantScope scope, Events events) {
    this.scope = scope;
    this.events = events;
  }

  Campaign create(TenantId tenant, CampaignRequest content, String actor) {
    UUID id = UUID.randomUUID();
    return scope.write(tenant, c -> {
      Sql.update(c, "INSERT INTO campaigns.campaigns (id, tenant_id, title, description, niches, target_countries, languages,"
              + " age_bands, platforms, deliverables, budget_minor, currency, rate_min_minor, rate_max_minor, starts_on, ends_on,"
              + " usage_rights, visibility, state, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?)",
          s -> {
            s.setObject(1, id);
            s.setString(2, tenant.value());
            bindContent(s, 3, content);
            s.setString(19, actor);
          });
      record(c, tenant, id, null, CampaignState.DRAFT, actor);
      return find(c, tenant, id).orElseThrow();
    });
  }

  Optional<Campaign> find(TenantId tenant, UUID id) {
    return scope.read(tenant, c -> find(c, tenant, id));
  }

  List<Campaign> list(TenantId tenant, Optional<Instant> before, int limit) {
    return scope.read(tenant, c -> Sql.query(c, "SELECT " + COLUMNS + " FROM campaigns.campaigns WHERE tenant_id = ? AND created_at < ?"
            + " ORDER BY created_at DESC LIMIT ?",
        s -> { s.setString(1, tenant.value()); s.setTimestamp(2, java.sql.Timestamp.from(before.orElse(Instant.parse("9999-01-01T00:00:00Z"))));
               s.setInt(3, limit); },
        Campaigns::campaign));
  }

  /** Replaces a draft's content if its version still matches. */
  Campaign replace(TenantId tenant, UUID id, CampaignRequest content, long expectedVersion) {
    return scope.write(tenant, c -> {
      Campaign current = lock(c, tenant, id);
      if (current.state() != CampaignState.DRAFT) {
        throw new ProblemException(ProblemType.CONFLICT, "Only a draft can be edited; this campaign is " + current.state().wire() + ".");
      }
      if (current.version() != expectedVersion) {
        throw new ProblemException(ProblemType.PRECONDITION_FAILED, "The campaign changed since version " + expectedVersion + ".");
      }
      Sql.update(c, "UPDATE campaigns.campaigns SET title = ?, description = ?, niches = ?, target_countries = ?, languages = ?,"
              + " age_bands = ?, platforms = ?, deliverables = ?::jsonb, budget_minor = ?, currency = ?, rate_min_minor = ?,"
              + " rate_max_minor = ?, starts_on = ?, ends_on = ?, usage_rights = ?, visibility = ?, version = version + 1,"
              + " updated_at = now() WHERE tenant_id = ? AND id = ?",
          s -> {
            bindContent(s, 1, content);
            s.setString(17, tenant.value());
            s.setObject(18, id);
          });
      return find(c, tenant, id).orElseThrow();
    });
  }

  /** Applies a transition atomically; the row lock makes two concurrent transitions end with one. */
  Campaign transition(TenantId tenant, UUID id, CampaignTransition transition, String actor) {
    return scope.write(tenant, c -> {
      Campaign current = lock(c, tenant, id);
      if (!transition.allowedFrom(current.state())) {
        throw new ProblemException(ProblemType.CONFLICT, transition.refusal(current.state()));
      }
      Sql.update(c, "UPDATE campaigns.campaigns SET state = ?, version = version + 1, updated_at = now() WHERE tenant_id = ? AND id = ?",
          s -> { s.setString(1, transition.target().wire()); s.setString(2, tenant.value()); s.setObject(3, id); });
      record(c, tenant, id, current.state(), transition.target(), actor);
      events.append(c, tenant, Optional.empty(), transition.event(),
          new EventData.CampaignChanged(id.toString(), current.content().title(), transition.target().wire()));
      return find(c, tenant, id).orElseThrow();
    });
  }

  List<Transition> history(TenantId tenant, UUID id) {
    return scope.read(tenant, c -> Sql.query(c,
        "SELECT from_state, to_state, actor, at FROM campaigns.transitions WHERE tenant_id = ? AND campaign_id = ? ORDER BY id",
        s -> { s.setString(1, tenant.value()); s.setObject(2, id); },
        row -> new Transition(row.getString(1), row.getString(2), row.getString(3), row.getTimestamp(4).toInstant())));
  }

  /**
   * Locks a tenant's campaign for a decision that depends on it (accepting an application against
   * its budget), inside the caller's tenant-scoped transaction.
   */
  public Campaign lock(Connection c, TenantId tenant, UUID id) {
    return Sql.query(c, "SELECT " + COLUMNS + " FROM campaigns.campaigns WHERE tenant_id = ? AND id = ? FOR UPDATE",
            s -> { s.setString(1, tenant.value()); s.setObject(2, id); }, Campaigns::campaign)
        .stream().findFirst().orElseThrow(() -> ProblemException.notFound("Campaign " + id));
  }

  /** A tenant's campaign, inside the caller's tenant-scoped transaction. */
  public static Optional<Campaign> find(Connection c, TenantId tenant, UUID id) {
    return Sql.query(c, "SELECT " + COLUMNS + " FROM campaigns.campaigns WHERE tenant_id = ? AND id = ?",
        s -> { s.setString(1, tenant.value()); s.setObject(2, id); }, Campaigns::campaign).stream().findFirst();
  }

  private static void record(Connection c, TenantId tenant, UUID id, CampaignState from, CampaignState to, String actor) {
    Sql.update(c, "INSERT INTO campaigns.transitions (tenant_id, campaign_id, from_state, to_state, actor) VALUES (?, ?, ?, ?, ?)",
        s -> { s.setString(1, tenant.value()); s.setObject(2, id); s.setString(3, from == null ? null : from.wire());
               s.setString(4, to.wire()); s.setString(5, actor); });
  }

  private static void bindContent(java.sql.PreparedStatement s, int first, CampaignRequest r) throws SQLException {
    Connection c = s.getConnection();
    int i = first;
    s.setString(i++, r.title().strip());
    s.setString(i++, r.description() == null ? "" : r.description());
    s.setArray(i++, c.createArrayOf("text", r.niches().toArray()));
    s.setArray(i++, c.createArrayOf("text", r.targetCountries().toArray()));
    s.setArray(i++, c.createArrayOf("text", (r.languages() == null ? List.of() : r.languages()).toArray()));
    s.setArray(i++, c.createArrayOf("text", (r.ageBands() == null ? List.of() : r.ageBands()).toArray()));
    s.setArray(i++, c.createArrayOf("text", r.platforms().toArray()));
    s.setString(i++, DeliverablesJson.write(r.deliverables()));
    s.setLong(i++, r.budget().amount());
    s.setString(i++, r.budget().currency());
    s.setLong(i++, r.rateRange().min());
    s.setLong(i++, r.rateRange().max());
    s.setObject(i++, r.startsOn());
    s.setObject(i++, r.endsOn());
    s.setString(i++, r.usageRights() == null ? "" : r.usageRights());
    s.setString(i, r.visibility());
  }

  /**
   * A campaign a creator may see (open on the marketplace, or one they were invited to or applied
   * to), inside the creator's scope; the policies say the same, this query is the first wall.
   */
  public static Optional<Campaign> visibleToCreator(Connection c, UUID creator, UUID id) {
    return Sql.query(c, "SELECT " + COLUMNS + " FROM campaigns.campaigns WHERE id = ? AND " + VISIBLE_TO_CREATOR,
        s -> { s.setObject(1, id); s.setObject(2, creator); s.setObject(3, creator); }, Campaigns::campaign).stream().findFirst();
  }

  /** Published public campaigns still running, plus those the creator was invited to; newest first. */
  public static List<Campaign> openTo(Connection c, UUID creator, LocalDate today, int limit) {
    return Sql.query(c, "SELECT " + COLUMNS + " FROM campaigns.campaigns WHERE state = 'published' AND ends_on >= ? AND ("
            + " visibility = 'public' OR id IN (SELECT campaign_id FROM campaigns.invitations WHERE creator_id = ?))"
            + " ORDER BY created_at DESC LIMIT ?",
        s -> { s.setObject(1, today); s.setObject(2, creator); s.setInt(3, limit); }, Campaigns::campaign);
  }

  private static final String VISIBLE_TO_CREATOR = "((state = 'published' AND visibility = 'public')"
      + " OR id IN (SELECT campaign_id FROM campaigns.invitations WHERE creator_id = ?)"
      + " OR id IN (SELECT campaign_id FROM campaigns.applications WHERE creator_id = ?))";

  private static Campaign campaign(ResultSet row) throws SQLException {
    List<CampaignRequest.Deliverable> deliverables = DeliverablesJson.read(row.getString(9));
    CampaignRequest content = new CampaignRequest(row.getString(2), row.getString(3), strings(row, 4), strings(row, 5), strings(row, 6),
        strings(row, 7), strings(row, 8), deliverables, new CampaignRequest.Amount(row.getLong(10), row.getString(11)),
        new CampaignRequest.RateRange(row.getLong(12), row.getLong(13)), row.getObject(14, LocalDate.class),
        row.getObject(15, LocalDate.class), row.getString(16), row.getString(17));
    return new Campaign(row.getObject(1, UUID.class), content, CampaignState.fromWire(row.getString(18)), row.getLong(19),
        row.getString(20), row.getTimestamp(21).toInstant(), row.getTimestamp(22).toInstant(), new TenantId(row.getString(23)));
  }

  private static List<String> strings(ResultSet row, int column) throws SQLException {
    return List.copyOf(Arrays.asList((String[]) row.getArray(column).getArray()));
  }

  /** One change of state: from (null at creation), to, who and when. */
  record Transition(String from, String to, String actor, Instant at) {}
}
