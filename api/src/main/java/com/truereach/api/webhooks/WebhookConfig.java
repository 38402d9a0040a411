package com.truereach.api.webhooks;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How webhooks are delivered.
 *
 * @param firstRetry wait before the second attempt; each further wait doubles, up to {@code longestRetry}
 * @param longestRetry the longest wait between two attempts
 * @param maxAttempts attempts before a delivery goes to the dead-letter list (replayable)
 * @param timeout how long one attempt may take, connection included
 * @param lease how long a claimed delivery stays claimed before another worker may retry it (a crash mid-send)
 * @param allowPrivateTargets whether URLs may point at loopback or private networks (tests and local
 *     development only: in production that would let a tenant make TrueReach call its internal services)
 */
@ConfigurationProperties("truereach.webhooks")
public record WebhookConfig(
    @Bindable(defaultValue = "30s") Duration firstRetry,
    @Bindable(defaultValue = "1h") Duration longestRetry,
    @Bindable(defaultValue = "8") int maxAttempts,
    @Bindable(defaultValue = "10s") Duration timeout,
    @Bindable(defaultValue = "2m") Duration lease,
    @Bindable(defaultValue = "false") boolean allowPrivateTargets) {

  /** The wait after the given failed attempt (1-based): doubling from firstRetry, capped, with ±20% jitter. */
  Duration backoffAfter(int attempt, double jitter) {
    double base = firstRetry.toMillis() * Math.pow(2, Math.max(0, attempt - 1));
    double capped = Math.min(base, longestRetry.toMillis());
    return Duration.ofMillis(Math.round(capped * (0.8 + 0.4 * jitter)));
  }
}
