package com.truereach.api.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.truereach.api.testsupport.ApiClient;
import com.truereach.api.testsupport.IntegrationTest;
import com.truereach.api.testsupport.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A brand admin creates and revokes partner clients; scopes are checked per route. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerClientsTest implements IntegrationTest {

  @Inject EmbeddedServer server;
  ApiClient anonymous;
  ApiClient alice;

  @BeforeAll
  void clients() {
    anonymous = new ApiClient(server.getURL());
    alice = anonymous.as(Tokens.person("alice@acme.example"));
  }

  @Test
  void a_created_client_gets_tokens_limited_to_its_scopes_and_stops_working_when_revoked() {
    ApiClient.Response created = alice.postJson("/v1/clients", "{\"name\": \"Acme back office\", \"scopes\": [\"creators:read\"]}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String clientId = created.json().get("client").get("clientId").asText();
    String secret = created.json().get("clientSecret").asText();
    String id = created.json().get("client").get("id").asText();

    String token = Tokens.clientCredentials(clientId, secret);
    JsonNode claims = claims(token);
    assertThat(claims.get("tenant_id").asText()).isEqualTo("acme-brands");
    ApiClient partner = anonymous.as(token);
    assertThat(partner.get("/v1/creators").status()).isEqualTo(200);
    assertThat(partner.postJson("/v1/creators", "{\"displayName\": \"X\", \"country\": \"FR\"}").status()).isEqualTo(403);

    assertThat(alice.delete("/v1/clients/" + id).status()).isEqualTo(204);

    assertThat(partner.get("/v1/creators").status()).as("an unexpired token of a revoked client").isEqualTo(401);
    assertThat(alice.get("/v1/clients/" + id).json().get("revokedAt").asText()).isNotBlank();
    assertThat(alice.get("/v1/audit-events").json().get("items").findValuesAsText("action"))
        .contains("client.created", "client.revoked");
  }

  @Test
  void a_replayed_client_creation_never_shows_the_secret_again() {
    String key = java.util.UUID.randomUUID().toString();
    String body = "{\"name\": \"Replay\", \"scopes\": [\"creators:read\"]}";
    ApiClient.Response first = alice.with("Idempotency-Key", key).postJson("/v1/clients", body);
    ApiClient.Response replay = alice.with("Idempotency-Key", key).postJson("/v1/clients", body);

    assertThat(first.json().get("clientSecret").asText()).isNotBlank();
    assertThat(replay.status()).isEqualTo(201);
    assertThat(replay.json().get("client").get("id").asText()).isEqualTo(first.json().get("client").get("id").asText());
    assertThat(replay.json().has("clientSecret")).isFalse();
  }

  @Test
  void an_unknown_scope_is_a_validation_problem() {
    ApiClient.Response response = alice.postJson("/v1/clients", "{\"name\": \"x\", \"scopes\": [\"creators:read\", \"admin:everything\"]}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").findValuesAsText("field")).contains("scopes[1]");
  }

  @Test
  void a_brand_member_who_is_not_admin_cannot_create_clients() {
    ApiClient.Response response = anonymous.as(Tokens.person("bob@acme.example"))
        .postJson("/v1/clients", "{\"name\": \"x\", \"scopes\": [\"creators:read\"]}");
    assertThat(response.status()).isEqualTo(403);
  }

  @Test
  void a_partner_cannot_create_clients() {
    ApiClient.Response response = anonymous.as(Tokens.acmePartner())
        .postJson("/v1/clients", "{\"name\": \"x\", \"scopes\": [\"creators:read\"]}");
    assertThat(response.status()).isEqualTo(403);
  }

  private static JsonNode claims(String token) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
