package com.truereach.api.health;

import com.truereach.api.identity.IdentityConfig;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Keycloak is up when the realm's OIDC discovery document answers. */
@Singleton
final class KeycloakHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI discovery;

  KeycloakHealthIndicator(IdentityConfig config) {
    this.discovery = URI.create(config.issuer() + "/.well-known/openid-configuration");
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    try {
      HttpResponse<Void> response =
          http.send(
              HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(3)).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      healthStatus = response.statusCode() == 200 ? HealthStatus.UP : HealthStatus.DOWN;
      return Map.of("issuer", discovery.toString(), "status", response.statusCode());
    } catch (Exception e) {
      healthStatus = HealthStatus.DOWN;
      return Map.of("issuer", discovery.toString(), "error", String.valueOf(e.getMessage()));
    }
  }

  @Override
  protected String getName() {
    return "keycloak";
  }
}
