package com.truereach.api.events;

import com.truereach.api.creators.CreatorCaller;
import com.truereach.api.creators.CreatorId;
import com.truereach.api.creators.CreatorScope;
import com.truereach.api.db.Sql;
import com.truereach.api.problem.Problem;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import com.truereach.api.security.Access;
import com.truereach.api.security.Caller;
import com.truereach.api.security.Permission;
import com.truereach.api.tenancy.TenantId;
import com.truereach.api.tenancy.TenantScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.PositiveOrZero;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Events read two ways: a tenant's feed in order (for integrations that poll rather than receive
 * webhooks), and a person's notifications, newest first with what they have not read yet.
 */
@Tag(name = "Events")
@Controller("/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class EventsController {

  private final Events events;
  private final Access access;
  private final TenantScope tenants;
  private final CreatorScope creators;
  private final CreatorCaller creatorCaller;

  EventsController(Events events, Access access, TenantScope tenants, CreatorScope creators, CreatorCaller creatorCaller) {
    this.events = events;
    this.access = access;
    this.tenants = tenants;
    this.creators = creators;
    this.creatorCaller = creatorCaller;
  }

  @Operation(summary = "Your tenant's events in order",
      description = "Oldest first after the cursor `after` (an event's seq). Brand users, or partners with campaigns:write."
          + " Event types and payloads: docs/api/events.md.")
  @Get(uri = "/events", produces = MediaType.APPLICATION_JSON)
  EventPage feed(Authentication authentication, @QueryValue @Nullable Long after, @QueryValue @Nullable Integer limit) {
    TenantId tenant = Access.tenantOf(access.require(authentication, Permission.WRITE_CAMPAIGNS));
    long cursor = after == null ? 0 : after;
    if (cursor < 0) {
      throw invalid("after", "must not be negative");
    }
    int size = pageSize(limit);
    List<Event> page = tenants.read(tenant, c -> events.after(c, Events.Owner.tenant(tenant), cursor, size));
    return new EventPage(page.stream().map(EventView::of).toList(), page.isEmpty() ? cursor : page.get(page.size() - 1).seq());
  }

  @Operation(summary = "Your notifications, newest first",
      description = "For people: a brand user sees their tenant's events, a creator the events about them."
          + " `before` pages back (an event's seq); unread counts those after what you marked read.")
  @Get(uri = "/notifications", produces = MediaType.APPLICATION_JSON)
  Notifications notifications(Authentication authentication, @QueryValue @Nullable Long before, @QueryValue @Nullable Integer limit) {
    Reader reader = reader(authentication);
    long cursor = before == null ? Long.MAX_VALUE : before;
    int size = pageSize(limit);
    return read(reader, c -> {
      long seen = Sql.query(c, "SELECT seen_up_to FROM events.notification_reads WHERE recipient = ?", s -> s.setString(1, reader.recipient()),
          row -> row.getLong(1)).stream().findFirst().orElse(0L);
      List<Event> page = events.before(c, reader.owner(), cursor, size);
      List<NotificationView> items = page.stream().map(e -> new NotificationView(EventView.of(e), e.seq() > seen)).toList();
      Long next = page.size() == size ? page.get(page.size() - 1).seq() : null;
      return new Notifications(items, events.countAfter(c, reader.owner(), seen), seen, next);
    });
  }

  @Operation(summary = "Mark notifications read up to an event", description = "Body: {\"upTo\": seq}. Never moves backwards.")
  @Post(uri = "/notifications/read", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  Notifications markRead(Authentication authentication, @Body MarkRead request) {
    Reader reader = reader(authentication);
    if (request.upTo() == null || request.upTo() < 0) {
      throw invalid("upTo", "must be an event's seq (zero or more)");
    }
    Function<Connection, Integer> mark = c -> Sql.update(c, "INSERT INTO events.notification_reads (recipient, seen_up_to) VALUES (?, ?)"
            + " ON CONFLICT (recipient) DO UPDATE SET seen_up_to = greatest(events.notification_reads.seen_up_to, EXCLUDED.seen_up_to),"
            + " updated_at = now()",
        s -> { s.setString(1, reader.recipient()); s.setLong(2, request.upTo()); });
    if (reader.creator().isPresent()) {
      creators.write(reader.creator().get(), mark);
    } else {
      tenants.write(reader.tenant().orElseThrow(), mark);
    }
    return notifications(authentication, null, null);
  }

  /** Whose notifications: a tenant's person or a creator, each read in their own scope. */
  private Reader reader(Authentication authentication) {
    Optional<CreatorId> creator = creatorCaller.of(authentication);
    if (creator.isPresent()) {
      return new Reader(Events.Owner.creator(creator.get()), "creator:" + creator.get(), Optional.empty(), creator);
    }
    Caller caller = Caller.of(authentication);
    if (caller.isPartner()) {
      throw new ProblemException(ProblemType.FORBIDDEN, "Notifications are for people; API clients read GET /v1/events or subscribe to webhooks");
    }
    TenantId tenant = Access.tenantOf(access.require(authentication, Permission.WRITE_CAMPAIGNS));
    return new Reader(Events.Owner.tenant(tenant), "user:" + caller.subject(), Optional.of(tenant), Optional.empty());
  }

  private <T> T read(Reader reader, Function<Connection, T> work) {
    return reader.creator().isPresent() ? creators.read(reader.creator().get(), work) : tenants.read(reader.tenant().orElseThrow(), work);
  }

  private static int pageSize(@Nullable Integer limit) {
    int size = limit == null ? 50 : limit;
    if (size < 1 || size > 200) {
      throw invalid("limit", "must be between 1 and 200");
    }
    return size;
  }

  private static ProblemException invalid(String field, String reason) {
    return new ProblemException(ProblemType.VALIDATION_FAILED, "One or more parameters are invalid; see errors.",
        List.of(new Problem.FieldError(field, reason)));
  }

  /** A person reading notifications: whose events, the read marker's key, and the scope to read in (tenant or creator). */
  private record Reader(Events.Owner owner, String recipient, Optional<TenantId> tenant, Optional<CreatorId> creator) {}

  /** An event as the API shows it. */
  @Serdeable
  record EventView(long seq, String id, String type, JsonNode data, Instant occurredAt) {
    static EventView of(Event e) {
      return new EventView(e.seq(), e.id().toString(), e.type().wire(), e.data(), e.occurredAt());
    }
  }

  @Serdeable
  record EventPage(List<EventView> items, long nextAfter) {}

  @Serdeable
  record NotificationView(EventView event, boolean unread) {}

  @Serdeable
  record Notifications(List<NotificationView> items, long unreadCount, long seenUpTo, @Nullable Long nextBefore) {}

  @Serdeable
  record MarkRead(@Nullable @PositiveOrZero Long upTo) {}
}
