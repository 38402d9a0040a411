package com.truereach.api.creators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.truereach.api.testsupport.ApiClient;
import com.truereach.api.testsupport.IntegrationTest;
import com.truereach.api.testsupport.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The walking skeleton: a partner registers a creator, and discovery finds it. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreatorRegistrationTest implements IntegrationTest {

  @Inject EmbeddedServer server;
  ApiClient api;

  @BeforeAll
  void client() {
    api = new ApiClient(server.getURL()).as(Tokens.acmePartner("creators:write"));
  }

  @Test
  void a_registered_creator_is_stored_and_readable_by_id() {
    ApiClient.Response created = api.postJson("/v1/creators", CreatorFixtures.aNicheCreatorFromLyon(unique()));

    assertThat(created.status()).isEqualTo(201);
    String id = created.json().get("id").asText();
    assertThat(created.header("Location")).isEqualTo("/v1/creators/" + id);

    ApiClient.Response read = api.get("/v1/creators/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("displayName").asText()).isEqualTo("Camille Lumière");
    assertThat(read.json().get("languages")).hasSize(2);
  }

  @Test
  void a_registered_creator_reaches_search_through_the_outbox() {
    String id = create(CreatorFixtures.aNicheCreatorFromLyon(unique()));

    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      JsonNode page = search("q=natural%20wine&country=FR");
      assertThat(page.get("items").findValuesAsText("id")).contains(id);
    });
  }

  @Test
  void filters_exclude_creators_from_other_countries() {
    String berlin = create(CreatorFixtures.aFitnessCreatorFromBerlin(unique()));

    await().atMost(Duration.ofSeconds(20)).until(() -> search("q=calisthenics").get("items").findValuesAsText("id").contains(berlin));
    assertThat(search("q=calisthenics&country=FR").get("items").findValuesAsText("id")).doesNotContain(berlin);
  }

  @Test
  void pages_follow_each_other_without_overlap() {
    for (int i = 0; i < 5; i++) {
      create(CreatorFixtures.aFitnessCreatorFromBerlin(unique()));
    }
    await().atMost(Duration.ofSeconds(20)).until(() -> search("q=berlin&limit=100").get("items").size() >= 5);

    JsonNode first = search("q=berlin&limit=2");
    JsonNode second = search("q=berlin&limit=2&cursor=" + first.get("nextCursor").asText());

    assertThat(first.get("items")).hasSize(2);
    assertThat(second.get("items").findValuesAsText("id")).doesNotContainAnyElementsOf(first.get("items").findValuesAsText("id"));
  }

  @Test
  void an_unknown_creator_is_a_not_found_problem() {
    ApiClient.Response missing = api.get("/v1/creators/" + UUID.randomUUID());
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.contentType()).startsWith("application/problem+json");
    assertThat(missing.json().get("type").asText()).endsWith("/not-found");
  }

  private String create(String body) {
    ApiClient.Response response = api.postJson("/v1/creators", body);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asText();
  }

  private JsonNode search(String query) {
    ApiClient.Response response = api.get("/v1/creators?" + query);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static String unique() {
    return "ext-" + UUID.randomUUID();
  }
}
