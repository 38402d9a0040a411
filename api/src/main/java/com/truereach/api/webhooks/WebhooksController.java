package com.truereach.api.webhooks;

import com.truereach.api.events.EventType;
import com.truereach.api.http.PathIds;
import com.truereach.api.problem.Problem;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import com.truereach.api.security.Access;
import com.truereach.api.security.Caller;
import com.truereach.api.security.Permission;
import com.truereach.api.tenancy.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A tenant's outbound webhooks: subscribe an HTTPS endpoint to event types, read its deliveries
 * (the dead-letter list is {@code ?state=dead}) and replay them. Tenant admins, or integrations with
 * campaigns:write. Signing and retries: docs/api/events.md.
 */
@Tag(name = "Webhooks")
@Controller("/v1/webhooks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class WebhooksController {

  private final Access access;
  private final WebhookSubscriptions subscriptions;
  private final WebhookTargets targets;

  WebhooksController(Access access, WebhookSubscriptions subscriptions, WebhookTargets targets) {
    this.access = access;
    this.subscriptions = subscriptions;
    this.targets = targets;
  }

  @Operation(summary = "Subscribe an endpoint to events",
      description = "Body: {url: https URL, events: [event types]}. Answers the signing secret once; keep it to verify the"
          + " TrueReach-Signature header. At most 20 subscriptions per tenant.")
  @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  HttpResponse<CreatedView> create(Authentication authentication, @Valid @Body SubscribeRequest request) {
    Caller caller = access.require(authentication, Permission.MANAGE_WEBHOOKS);
    TenantId tenant = Access.tenantOf(caller);
    List<Problem.FieldError> errors = new ArrayList<>();
    String url = request.url().strip();
    targets.refusal(url).ifPresent(reason -> errors.add(new Problem.FieldError("url", reason)));
    Set<EventType> types = EnumSet.noneOf(EventType.class);
    for (int i = 0; i < request.events().size(); i++) {
      String name = request.events().get(i);
      Optional<EventType> type = EventType.fromWire(name == null ? "" : name);
      if (type.isPresent() && !type.get().toTenant()) {
        errors.add(new Problem.FieldError("events[" + i + "]", "is for the creator concerned only; no webhook receives it"));
      } else if (type.isPresent()) {
        types.add(type.get());
      } else {
        errors.add(new Problem.FieldError("events[" + i + "]", "is not an event type; see docs/api/events.md"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION_FAILED, "One or more fields are invalid; see errors.", errors);
    }
    WebhookSubscriptions.Created created = subscriptions.create(tenant, url, types, caller.actor())
        .orElseThrow(() -> new ProblemException(ProblemType.CONFLICT,
            "Your tenant has " + WebhookSubscriptions.MAX_PER_TENANT + " webhooks already; delete one first."));
    return HttpResponse.created(new CreatedView(SubscriptionView.of(created.subscription()), created.secret()),
        URI.create("/v1/webhooks/" + created.subscription().id()));
  }

  @Operation(summary = "Your tenant's webhooks")
  @Get(produces = MediaType.APPLICATION_JSON)
  SubscriptionList list(Authentication authentication) {
    TenantId tenant = tenant(authentication);
    return new SubscriptionList(subscriptions.list(tenant).stream().map(SubscriptionView::of).toList());
  }

  @Operation(summary = "One webhook")
  @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
  SubscriptionView read(Authentication authentication, @PathVariable String id) {
    TenantId tenant = tenant(authentication);
    return SubscriptionView.of(subscription(tenant, id));
  }

  @Operation(summary = "Delete a webhook", description = "Deliveries still waiting become dead; nothing more is sent.")
  @Delete(uri = "/{id}")
  HttpResponse<?> delete(Authentication authentication, @PathVariable String id) {
    TenantId tenant = tenant(authentication);
    if (!subscriptions.delete(tenant, PathIds.require(id, "Webhook"))) {
      throw ProblemException.notFound("Webhook " + id);
    }
    return HttpResponse.noContent();
  }

  @Operation(summary = "A webhook's deliveries, newest first", description = "?state=pending|delivered|dead; dead is the dead-letter list.")
  @Get(uri = "/{id}/deliveries", produces = MediaType.APPLICATION_JSON)
  DeliveryList deliveries(Authentication authentication, @PathVariable String id, @QueryValue @Nullable String state,
      @QueryValue @Nullable Integer limit) {
    TenantId tenant = tenant(authentication);
    Optional<Delivery.State> filter = state(state);
    int size = limit == null ? 100 : limit;
    if (size < 1 || size > 500) {
      throw invalid("limit", "must be between 1 and 500");
    }
    Subscription subscription = subscription(tenant, id);
    return new DeliveryList(subscriptions.deliveries(tenant, subscription.id(), filter, size).stream().map(DeliveryView::of).toList());
  }

  @Operation(summary = "Send one delivery's event again", description = "A new delivery of the same event (same event id), whatever"
      + " became of the original.")
  @Post(uri = "/{id}/deliveries/{deliveryId}/replay", produces = MediaType.APPLICATION_JSON)
  HttpResponse<DeliveryList> replayOne(Authentication authentication, @PathVariable String id, @PathVariable String deliveryId) {
    TenantId tenant = tenant(authentication);
    Subscription subscription = subscription(tenant, id);
    UUID delivery = PathIds.require(deliveryId, "Delivery");
    List<Delivery> replayed = subscriptions.replay(tenant, subscription.id(), Optional.of(delivery), Optional.empty());
    if (replayed.isEmpty()) {
      throw ProblemException.notFound("Delivery " + deliveryId + " (finished deliveries can be replayed; pending ones are still trying)");
    }
    return HttpResponse.accepted().body(new DeliveryList(replayed.stream().map(DeliveryView::of).toList()));
  }

  @Operation(summary = "Replay the dead-letter list", description = "Every dead delivery of this webhook, as new deliveries.")
  @Post(uri = "/{id}/replay-dead", produces = MediaType.APPLICATION_JSON)
  HttpResponse<DeliveryList> replayDead(Authentication authentication, @PathVariable String id) {
    TenantId tenant = tenant(authentication);
    Subscription subscription = subscription(tenant, id);
    List<Delivery> replayed = subscriptions.replay(tenant, subscription.id(), Optional.empty(), Optional.of(Delivery.State.DEAD));
    return HttpResponse.accepted().body(new DeliveryList(replayed.stream().map(DeliveryView::of).toList()));
  }

  private TenantId tenant(Authentication authentication) {
    return Access.tenantOf(access.require(authentication, Permission.MANAGE_WEBHOOKS));
  }

  private Subscription subscription(TenantId tenant, String id) {
    return subscriptions.find(tenant, PathIds.require(id, "Webhook")).orElseThrow(() -> ProblemException.notFound("Webhook " + id));
  }

  private static Optional<Delivery.State> state(@Nullable String state) {
    if (state == null) {
      return Optional.empty();
    }
    return Optional.of(Delivery.State.fromWire(state).orElseThrow(() -> invalid("state", "must be pending, delivered or dead")));
  }

  private static ProblemException invalid(String field, String reason) {
    return new ProblemException(ProblemType.VALIDATION_FAILED, "One or more parameters are invalid; see errors.",
        List.of(new Problem.FieldError(field, reason)));
  }

  @Serdeable
  record SubscribeRequest(@NotBlank @Size(max = 2000) String url, @NotEmpty @Size(max = 20) List<String> events) {}

  @Serdeable
  record SubscriptionView(String id, String url, List<String> events, String createdBy, Instant createdAt) {
    static SubscriptionView of(Subscription s) {
      return new SubscriptionView(s.id().toString(), s.url(), s.eventTypes().stream().map(EventType::wire).toList(), s.createdBy(),
          s.createdAt());
    }
  }

  @Serdeable
  record CreatedView(SubscriptionView webhook, String secret) {}

  @Serdeable
  record SubscriptionList(List<SubscriptionView> items) {}

  @Serdeable
  record DeliveryView(String id, String eventId, String eventType, String state, int attempts, @Nullable Instant nextAttemptAt,
      @Nullable Integer lastStatus, @Nullable String lastError, @Nullable Instant deliveredAt, @Nullable String replayOf, Instant createdAt) {
    static DeliveryView of(Delivery d) {
      return new DeliveryView(d.id().toString(), d.eventId().toString(), d.eventType(), d.state().wire(), d.attempts(),
          d.state() == Delivery.State.PENDING ? d.nextAttemptAt() : null, d.lastStatus().orElse(null), d.lastError().orElse(null),
          d.deliveredAt().orElse(null), d.replayOf().map(UUID::toString).orElse(null), d.createdAt());
    }
  }

  @Serdeable
  record DeliveryList(List<DeliveryView> items) {}
}
