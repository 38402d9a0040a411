package com.truereach.api.webhooks;

import com.truereach.api.db.ScopedTransactions;
import com.truereach.api.db.Sql;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends webhooks. Each pass first fans new events out to the subscriptions that want them (one
 * delivery per event and subscription, written in one transaction with the event marked done), then
 * sends the deliveries that are due. A delivery is claimed in a short transaction (attempt counted,
 * next attempt pushed a lease ahead) and sent outside any transaction, so a slow receiver holds no
 * lock and a crash mid-send is retried when the lease runs out. A 2xx marks it delivered; anything
 * else waits a doubling, jittered backoff, and after the last attempt it is dead until replayed.
 * Works across tenants in the worker scope, the only code that uses it.
 */
@Singleton
class WebhookWorker {

  private static final Logger LOG = LoggerFactory.getLogger(WebhookWorker.class);
  private static final int FAN_OUT_BATCH = 500;
  private static final int SEND_BATCH = 20;
  private static final int ERROR_LENGTH = 500;

  private final ScopedTransactions transactions;
  private final WebhookConfig config;
  private final WebhookTargets targets;
  private final Clock clock;
  private final HttpClient http;

  WebhookWorker(ScopedTransactions transactions, WebhookConfig config, WebhookTargets targets, Clock clock) {
    this.transactions = transactions;
    this.config = config;
    this.targets = targets;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @Scheduled(fixedDelay = "${truereach.webhooks.poll-interval:1s}", initialDelay = "2s")
  void pass() {
    try {
      while (fanOut() == FAN_OUT_BATCH) {
        // A full batch means more events are waiting.
      }
      while (sendDue() == SEND_BATCH) {
        // Keep sending while a full batch was due.
      }
    } catch (RuntimeException e) {
      LOG.warn("Webhook pass failed; will retry", e);
    }
  }

  /** Turns new events into deliveries; answers how many events it handled. */
  int fanOut() {
    return worker(c -> {
      List<Long> events = Sql.query(c, "SELECT seq FROM events.events WHERE NOT fanned_out ORDER BY seq LIMIT " + FAN_OUT_BATCH
          + " FOR UPDATE SKIP LOCKED", s -> { }, row -> row.getLong(1));
      if (events.isEmpty()) {
        return 0;
      }
      Long[] seqs = events.toArray(Long[]::new);
      Sql.update(c, "INSERT INTO webhooks.deliveries (id, tenant_id, subscription_id, event_id, state)"
              + " SELECT gen_random_uuid(), e.tenant_id, s.id, e.id, 'pending' FROM events.events e"
              + " JOIN webhooks.subscriptions s ON s.tenant_id = e.tenant_id AND s.deleted_at IS NULL AND e.type = ANY (s.event_types)"
              + " WHERE e.seq = ANY (?)",
          s -> s.setArray(1, c.createArrayOf("bigint", seqs)));
      Sql.update(c, "UPDATE events.events SET fanned_out = true WHERE seq = ANY (?)", s -> s.setArray(1, c.createArrayOf("bigint", seqs)));
      return events.size();
    });
  }

  /** Claims and sends the deliveries that are due; answers how many it claimed. */
  int sendDue() {
    Instant leaseEnd = clock.instant().plus(config.lease());
    List<Claimed> claimed = worker(c -> Sql.query(c,
        "UPDATE webhooks.deliveries d SET attempts = d.attempts + 1, next_attempt_at = ? FROM webhooks.subscriptions s, events.events e"
            + " WHERE d.id IN (SELECT id FROM webhooks.deliveries WHERE state = 'pending' AND next_attempt_at <= now()"
            + "   ORDER BY next_attempt_at LIMIT " + SEND_BATCH + " FOR UPDATE SKIP LOCKED)"
            + " AND s.id = d.subscription_id AND s.deleted_at IS NULL AND e.id = d.event_id"
            + " RETURNING d.id, d.attempts, s.url, s.secret, e.id, e.type, e.occurred_at, e.data::text",
        s -> s.setTimestamp(1, Timestamp.from(leaseEnd)),
        row -> new Claimed(row.getObject(1, UUID.class), row.getInt(2), row.getString(3), row.getString(4),
            WebhookPayload.body(row.getObject(5, UUID.class), row.getString(6), row.getTimestamp(7).toInstant(), row.getString(8)),
            row.getString(6), row.getObject(5, UUID.class))));
    for (Claimed delivery : claimed) {
      record(delivery, send(delivery));
    }
    return claimed.size();
  }

  private Outcome send(Claimed delivery) {
    Optional<String> refused = targets.refusal(delivery.url());
    if (refused.isPresent()) {
      return new Outcome(false, null, "target refused: URL " + refused.get());
    }
    long timestamp = clock.instant().getEpochSecond();
    HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
        .timeout(config.timeout())
        .header("Content-Type", "application/json")
        .header("User-Agent", "TrueReach-Webhooks/1")
        .header(WebhookSignature.HEADER, WebhookSignature.header(delivery.secret(), timestamp, delivery.body()))
        .header("TrueReach-Event-Id", delivery.eventId().toString())
        .header("TrueReach-Event-Type", delivery.eventType())
        .header("TrueReach-Delivery-Id", delivery.id().toString())
        .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
        .build();
    try {
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      int status = response.statusCode();
      return new Outcome(status >= 200 && status < 300, status, status >= 200 && status < 300 ? null : "receiver answered " + status);
    } catch (IOException e) {
      return new Outcome(false, null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(false, null, "interrupted");
    }
  }

  private void record(Claimed delivery, Outcome outcome) {
    String error = outcome.error() == null ? null : outcome.error().substring(0, Math.min(ERROR_LENGTH, outcome.error().length()));
    if (outcome.delivered()) {
      worker(c -> Sql.update(c, "UPDATE webhooks.deliveries SET state = 'delivered', delivered_at = now(), last_status = ?, last_error = NULL"
          + " WHERE id = ? AND state = 'pending'", s -> { s.setInt(1, outcome.status()); s.setObject(2, delivery.id()); }));
      return;
    }
    boolean dead = delivery.attempt() >= config.maxAttempts();
    Instant next = clock.instant().plus(config.backoffAfter(delivery.attempt(), ThreadLocalRandom.current().nextDouble()));
    worker(c -> Sql.update(c, "UPDATE webhooks.deliveries SET state = ?, next_attempt_at = ?, last_status = ?, last_error = ?"
        + " WHERE id = ? AND state = 'pending'", s -> {
          s.setString(1, dead ? "dead" : "pending");
          s.setTimestamp(2, Timestamp.from(next));
          if (outcome.status() == null) {
            s.setNull(3, java.sql.Types.INTEGER);
          } else {
            s.setInt(3, outcome.status());
          }
          s.setString(4, error);
          s.setObject(5, delivery.id());
        }));
    if (dead) {
      LOG.info("Webhook delivery {} is dead after {} attempts: {}", delivery.id(), delivery.attempt(), error);
    }
  }

  private <T> T worker(java.util.function.Function<Connection, T> work) {
    return transactions.write("truereach.worker", "webhooks", work);
  }

  private record Claimed(UUID id, int attempt, String url, String secret, String body, String eventType, UUID eventId) {}

  private record Outcome(boolean delivered, Integer status, String error) {}
}
