package com.truereach.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.truereach.api.testsupport.ApiClient;
import com.truereach.api.testsupport.IntegrationTest;
import com.truereach.api.testsupport.TestServices;
import com.truereach.api.testsupport.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Tokens from real Keycloak flows are accepted; forged, foreign and malformed ones are refused. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenValidationTest implements IntegrationTest {

  @Inject EmbeddedServer server;
  ApiClient anonymous;

  @BeforeAll
  void client() {
    anonymous = new ApiClient(server.getURL());
  }

  @Test
  void a_brand_users_token_from_the_password_grant_is_accepted() {
    assertThat(anonymous.as(Tokens.person("alice@acme.example")).get("/v1/creators").status()).isEqualTo(200);
  }

  @Test
  void a_partners_token_from_client_credentials_is_accepted() {
    assertThat(anonymous.as(Tokens.acmePartner()).get("/v1/creators").status()).isEqualTo(200);
  }

  @Test
  void no_token_is_a_401_problem() {
    ApiClient.Response response = anonymous.get("/v1/creators");
    assertUnauthenticated(response);
  }

  @Test
  void a_token_whose_payload_was_changed_is_refused() {
    String[] parts = Tokens.person("bob@acme.example").split("\\.");
    String payload = decode(parts[1]).replace("acme-brands", "northwind-agency");
    String tampered = parts[0] + "." + encode(payload) + "." + parts[2];

    assertUnauthenticated(anonymous.as(tampered).get("/v1/creators"));
  }

  @Test
  void an_unsigned_token_is_refused() {
    String[] parts = Tokens.person("alice@acme.example").split("\\.");
    String unsigned = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";

    assertUnauthenticated(anonymous.as(unsigned).get("/v1/creators"));
  }

  @Test
  void a_token_signed_with_the_right_key_but_another_algorithm_claim_is_refused() {
    String[] parts = Tokens.person("alice@acme.example").split("\\.");
    String header = decode(parts[0]).replace("RS256", "HS256");

    assertUnauthenticated(anonymous.as(encode(header) + "." + parts[1] + "." + parts[2]).get("/v1/creators"));
  }

  @Test
  void a_token_from_another_realm_is_refused() {
    String masterIssuer = TestServices.endpoints().keycloakIssuer().replace("/realms/truereach", "/realms/master");
    String foreign = Tokens.tokenResponse(masterIssuer, "grant_type=password&client_id=admin-cli&username=admin&password=admin")
        .get("access_token").asText();

    assertUnauthenticated(anonymous.as(foreign).get("/v1/creators"));
  }

  @Test
  void a_token_issued_for_another_audience_is_refused() {
    String otherAudience = Tokens.clientCredentials("truereach-admin", "truereach-admin-secret");

    assertUnauthenticated(anonymous.as(otherAudience).get("/v1/creators"));
  }

  @Test
  void malformed_authorization_headers_are_refused() {
    assertUnauthenticated(anonymous.as("not-a-jwt").get("/v1/creators"));
    assertUnauthenticated(anonymous.as("a.b.c").get("/v1/creators"));
    assertUnauthenticated(anonymous.with("Authorization", "Basic YWxpY2U6cGFzcw==").get("/v1/creators"));
  }

  @Test
  void an_oversized_header_is_a_4xx_not_a_crash() {
    ApiClient.Response response = anonymous.as("x".repeat(20_000)).get("/v1/creators");
    assertThat(response.status()).isBetween(400, 499);
  }

  @Test
  void a_valid_token_without_the_needed_scope_is_forbidden() {
    ApiClient.Response response = anonymous.as(Tokens.acmePartner()).postJson("/v1/creators",
        "{\"displayName\": \"Camille\", \"country\": \"FR\"}");

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("type").asText()).endsWith("/forbidden");
  }

  @Test
  void a_creator_cannot_use_brand_routes() {
    ApiClient.Response response = anonymous.as(Tokens.person("chloe@creators.example")).get("/v1/audit-events");
    assertThat(response.status()).isEqualTo(403);
  }

  private static void assertUnauthenticated(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(401);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("type").asText()).endsWith("/unauthenticated");
  }

  private static String decode(String part) {
    return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
  }

  private static String encode(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
