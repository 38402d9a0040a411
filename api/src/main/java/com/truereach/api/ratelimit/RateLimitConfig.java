package com.truereach.api.ratelimit;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Requests per minute, per caller (a partner client, a person, or an anonymous address). Bursts up
 * to a minute's allowance are accepted; beyond it, requests are spread evenly. {@code keyPrefix}
 * separates environments sharing one Redis.
 */
@ConfigurationProperties("truereach.rate-limit")
public record RateLimitConfig(
    @Bindable(defaultValue = "true") boolean enabled,
    @Bindable(defaultValue = "") String keyPrefix,
    @Bindable(defaultValue = "60") int anonymousPerMinute,
    @Bindable(defaultValue = "300") int personPerMinute,
    @Bindable(defaultValue = "120") int starterPerMinute,
    @Bindable(defaultValue = "600") int growthPerMinute,
    @Bindable(defaultValue = "3000") int enterprisePerMinute) {}
