package com.truereach.api.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The identity provider.
 *
 * @param issuer the Keycloak realm's issuer URL; its OIDC discovery document and JWKS hang off it
 */
@ConfigurationProperties("truereach.identity")
public record IdentityConfig(@Bindable(defaultValue = "http://127.0.0.1:8180/realms/truereach") String issuer) {}
