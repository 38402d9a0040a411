package com.truereach.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.truereach.api.testsupport.ApiClient;
import com.truereach.api.testsupport.IntegrationTest;
import com.truereach.api.testsupport.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Health, the OpenAPI document and unknown routes: what operators and partners rely on. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsEndpointsTest implements IntegrationTest {

  @Inject EmbeddedServer server;
  ApiClient api;

  @BeforeAll
  void client() {
    api = new ApiClient(server.getURL());
  }

  @Test
  void health_reports_postgresql_elasticsearch_and_keycloak_up() {
    ApiClient.Response health = api.get("/health");

    assertThat(health.status()).as(health.body()).isEqualTo(200);
    JsonNode details = health.json().get("details");
    assertThat(details.get("jdbc").get("status").asText()).isEqualTo("UP");
    assertThat(details.get("elasticsearch").get("status").asText()).isEqualTo("UP");
    assertThat(details.get("keycloak").get("status").asText()).isEqualTo("UP");
  }

  @Test
  void the_openapi_document_describes_the_creator_routes() {
    ApiClient.Response openapi = api.get("/openapi/truereach.yml");

    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body()).contains("openapi: 3").contains("/v1/creators:").contains("/v1/creators/{id}:");
  }

  @Test
  void an_unknown_route_is_a_not_found_problem() {
    ApiClient.Response response = api.as(Tokens.acmePartner()).get("/v1/no-such-thing");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("type").asText()).endsWith("/not-found");
  }

  @Test
  void the_web_app_is_served_at_the_root() {
    ApiClient.Response page = api.get("/index.html");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<title>TrueReach</title>");
  }
}
