package com.truereach.api.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How access tokens are checked.
 *
 * @param jwksUrl where the identity provider publishes its signing keys
 * @param keysRefreshInterval how long fetched keys are used before a background refresh
 * @param keysMaxStale how long keys may still be used when the provider cannot be reached, so a
 *     short identity-provider outage does not log everyone out
 * @param unknownKeyRefreshMinInterval the least time between two refreshes triggered by a token
 *     with an unknown key id (a forged kid must not let anyone hammer the provider)
 * @param clockSkew tolerance on exp, nbf and iat for clocks that disagree a little
 */
@ConfigurationProperties("truereach.security")
public record SecurityConfig(
    String jwksUrl,
    @Bindable(defaultValue = "10m") Duration keysRefreshInterval,
    @Bindable(defaultValue = "24h") Duration keysMaxStale,
    @Bindable(defaultValue = "10s") Duration unknownKeyRefreshMinInterval,
    @Bindable(defaultValue = "30s") Duration clockSkew) {}
