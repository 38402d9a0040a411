package com.truereach.api.identity;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The few calls of Keycloak's admin REST API that TrueReach makes, authenticated as the realm's
 * admin service account. Plain HTTP and JSON rather than the admin client library, whose REST
 * stack would sit beside Micronaut's.
 */
@Singleton
class KeycloakAdmin {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final IdentityConfig config;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  private String token;
  private Instant tokenExpiry = Instant.EPOCH;

  KeycloakAdmin(IdentityConfig config) {
    this.config = config;
  }

  /** POSTs a representation and returns the id from the Location header. */
  String create(String path, Object representation) {
    HttpResponse<String> response = send("POST", path, representation);
    return response.headers().firstValue("Location").map(l -> l.substring(l.lastIndexOf('/') + 1)).orElse("");
  }

  void post(String path, Object body) {
    send("POST", path, body);
  }

  void put(String path, Object body) {
    send("PUT", path, body);
  }

  void delete(String path) {
    send("DELETE", path, null);
  }

  Map<String, Object> getObject(String path) {
    return parse(send("GET", path, null).body(), new TypeReference<>() {});
  }

  List<Map<String, Object>> getList(String path) {
    return parse(send("GET", path, null).body(), new TypeReference<>() {});
  }

  Optional<Map<String, Object>> findOne(String path) {
    List<Map<String, Object>> found = getList(path);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  HttpResponse<String> send(String method, String path, Object body) {
    try {
      return sendRaw(method, path, body == null ? null : JSON.writeValueAsString(body));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not serialisable: " + body, e);
    }
  }

  /** Sends an already-serialised JSON body (some endpoints take a bare JSON string). */
  HttpResponse<String> sendRaw(String method, String path, String jsonBody) {
    try {
      HttpRequest.BodyPublisher publisher =
          jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody);
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(config.serverUrl() + "/admin/realms/" + config.realm() + path))
              .timeout(Duration.ofSeconds(10))
              .header("Authorization", "Bearer " + token())
              .header("Content-Type", "application/json")
              .method(method, publisher)
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IdentityProviderException(
            method + " " + path + " answered " + response.statusCode() + ": " + abbreviate(response.body()), response.statusCode());
      }
      return response;
    } catch (IOException e) {
      throw new IdentityProviderException("identity provider unreachable: " + e.getMessage(), 503);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IdentityProviderException("interrupted", 503);
    }
  }

  private synchronized String token() throws IOException, InterruptedException {
    if (token != null && Instant.now().isBefore(tokenExpiry)) {
      return token;
    }
    String form =
        "grant_type=client_credentials&client_id=" + encode(config.adminClientId()) + "&client_secret=" + encode(config.adminClientSecret());
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(config.issuer() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IdentityProviderException("admin service account refused: " + response.statusCode(), 503);
    }
    Map<String, Object> body = parse(response.body(), new TypeReference<>() {});
    token = String.valueOf(body.get("access_token"));
    long lifetime = ((Number) body.getOrDefault("expires_in", 60)).longValue();
    tokenExpiry = Instant.now().plusSeconds(Math.max(5, lifetime - 15));
    return token;
  }

  private static <T> T parse(String body, TypeReference<T> type) {
    try {
      return JSON.readValue(body, type);
    } catch (IOException e) {
      throw new IdentityProviderException("unreadable answer from the identity provider", 502);
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }
}
