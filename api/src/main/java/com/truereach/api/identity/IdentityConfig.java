package com.truereach.api.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The identity provider (a Keycloak realm).
 *
 * @param issuer the realm's issuer URL; its OIDC discovery document and JWKS hang off it
 * @param adminClientId a confidential client of the realm whose service account may manage users,
 *     organizations and clients (sign-ups, invitations, partner clients)
 * @param adminClientSecret its secret; from the environment in production
 */
@ConfigurationProperties("truereach.identity")
public record IdentityConfig(
    @Bindable(defaultValue = "http://127.0.0.1:8180/realms/truereach") String issuer,
    @Bindable(defaultValue = "truereach-admin") String adminClientId,
    @Bindable(defaultValue = "truereach-admin-secret") String adminClientSecret) {

  /** The Keycloak base URL and realm name, derived from the issuer. */
  String serverUrl() {
    return issuer.substring(0, issuer.indexOf("/realms/"));
  }

  String realm() {
    return issuer.substring(issuer.indexOf("/realms/") + "/realms/".length());
  }
}
