package com.truereach.api.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the stack's Keycloak: the password grant for demo people (through the
 * {@code truereach-cli} client) and client credentials for partners. Cached until shortly before
 * they expire.
 */
public final class Tokens {

  public static final String DEMO_PASSWORD = "demo-password";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

  private Tokens() {}

  public static String person(String username) {
    return cached("person:" + username, () -> request("truereach-cli", "truereach-cli-secret",
        "grant_type=password&username=" + encode(username) + "&password=" + encode(DEMO_PASSWORD)));
  }

  public static String personWithPassword(String username, String password) {
    return request("truereach-cli", "truereach-cli-secret",
        "grant_type=password&username=" + encode(username) + "&password=" + encode(password));
  }

  public static String partner(String clientId, String secret, String... scopes) {
    String scope = String.join(" ", scopes);
    return cached("partner:" + clientId + ":" + scope, () -> clientCredentials(clientId, secret, scopes));
  }

  public static String clientCredentials(String clientId, String secret, String... scopes) {
    String form = "grant_type=client_credentials" + (scopes.length == 0 ? "" : "&scope=" + encode(String.join(" ", scopes)));
    return request(clientId, secret, form);
  }

  /** The demo partner of tenant acme-brands, with the given extra scopes. */
  public static String acmePartner(String... scopes) {
    return partner("acme-partner", "acme-partner-secret", scopes);
  }

  public static String northwindPartner(String... scopes) {
    return partner("northwind-partner", "northwind-partner-secret", scopes);
  }

  /** A token the issuer answers for any realm and client (used to forge wrong-issuer cases). */
  public static JsonNode tokenResponse(String realmIssuer, String form) {
    try {
      HttpResponse<String> response = HTTP.send(
          HttpRequest.newBuilder(URI.create(realmIssuer + "/protocol/openid-connect/token"))
              .timeout(Duration.ofSeconds(20))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      JsonNode body = JSON.readTree(response.body());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("token request refused: " + response.body());
      }
      return body;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String request(String clientId, String secret, String form) {
    return tokenResponse(TestServices.endpoints().keycloakIssuer(),
        form + "&client_id=" + encode(clientId) + "&client_secret=" + encode(secret)).get("access_token").asText();
  }

  private static String cached(String key, java.util.function.Supplier<String> fetch) {
    Cached hit = CACHE.get(key);
    if (hit != null && Instant.now().isBefore(hit.until())) {
      return hit.token();
    }
    String token = fetch.get();
    CACHE.put(key, new Cached(token, Instant.now().plusSeconds(200)));
    return token;
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private record Cached(String token, Instant until) {}
}
