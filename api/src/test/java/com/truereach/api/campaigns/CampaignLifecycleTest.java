package com.truereach.api.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.truereach.api.testsupport.ApiClient;
import com.truereach.api.testsupport.IntegrationTest;
import com.truereach.api.testsupport.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A campaign from draft to closed, every illegal transition, concurrency, and bad input. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignLifecycleTest implements IntegrationTest {

  @Inject EmbeddedServer server;
  ApiClient alice;
  ApiClient anonymous;

  @BeforeAll
  void clients() {
    anonymous = new ApiClient(server.getURL());
    alice = anonymous.as(Tokens.person("alice@acme.example"));
  }

  @Test
  void a_campaign_goes_from_draft_to_published_to_closed_and_each_step_is_recorded() {
    ApiClient.Response created = alice.postJson("/v1/campaigns", CampaignFixtures.aSpringFoodCampaign("Spring greens"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asText();
    assertThat(created.json().get("state").asText()).isEqualTo("draft");

    String edited = CampaignFixtures.aSpringFoodCampaign("Spring greens, revised");
    assertThat(alice.send("PUT", "/v1/campaigns/" + id, edited).status()).isEqualTo(428);
    assertThat(alice.with("If-Match", "\"7\"").send("PUT", "/v1/campaigns/" + id, edited).status()).isEqualTo(412);
    ApiClient.Response replaced = alice.with("If-Match", created.header("ETag")).send("PUT", "/v1/campaigns/" + id, edited);
    assertThat(replaced.status()).isEqualTo(200);
    assertThat(replaced.json().get("campaign").get("title").asText()).isEqualTo("Spring greens, revised");

    assertThat(alice.postJson("/v1/campaigns/" + id + "/publish", "").json().get("state").asText()).isEqualTo("published");
    assertConflict(alice.postJson("/v1/campaigns/" + id + "/publish", ""));
    assertConflict(alice.with("If-Match", "\"3\"").send("PUT", "/v1/campaigns/" + id, edited));
    assertThat(alice.postJson("/v1/campaigns/" + id + "/close", "").json().get("state").asText()).isEqualTo("closed");
    assertConflict(alice.postJson("/v1/campaigns/" + id + "/cancel", ""));
    assertConflict(alice.postJson("/v1/campaigns/" + id + "/close", ""));
    assertConflict(alice.postJson("/v1/campaigns/" + id + "/publish", ""));

    JsonNode history = alice.get("/v1/campaigns/" + id + "/history").json().get("items");
    assertThat(history.findValuesAsText("to")).containsExactly("draft", "published", "closed");
    assertThat(history.get(1).get("actor").asText()).startsWith("user:");
  }

  @Test
  void a_draft_can_be_cancelled_but_not_closed() {
    String id = alice.postJson("/v1/campaigns", CampaignFixtures.aSpringFoodCampaign("Cancelled")).json().get("id").asText();
    assertConflict(alice.postJson("/v1/campaigns/" + id + "/close", ""));
    assertThat(alice.postJson("/v1/campaigns/" + id + "/cancel", "").json().get("state").asText()).isEqualTo("cancelled");
    assertConflict(alice.postJson("/v1/campaigns/" + id + "/publish", ""));
  }

  @Test
  void two_admins_publishing_at_once_end_with_one_decision() {
    String id = alice.postJson("/v1/campaigns", CampaignFixtures.aSpringFoodCampaign("Race")).json().get("id").asText();
    List<CompletableFuture<Integer>> racers = Stream.of(1, 2)
        .map(i -> CompletableFuture.supplyAsync(() -> alice.postJson("/v1/campaigns/" + id + "/publish", "").status())).toList();

    List<Integer> statuses = racers.stream().map(CompletableFuture::join).sorted().toList();

    assertThat(statuses).containsExactly(200, 409);
    assertThat(alice.get("/v1/campaigns/" + id + "/history").json().get("items").findValuesAsText("to")).containsExactly("draft", "published");
  }

  static Stream<Arguments> badCampaigns() {
    String good = CampaignFixtures.aSpringFoodCampaign("Bad");
    LocalDate start = LocalDate.now().plusDays(7);
    return Stream.of(
        Arguments.of("start in the past", good.replace("\"startsOn\": \"" + start, "\"startsOn\": \"" + LocalDate.now().minusDays(3)), "startsOn"),
        Arguments.of("end before start", good.replace("\"endsOn\": \"" + start.plusDays(30), "\"endsOn\": \"" + start.minusDays(1)), "endsOn"),
        Arguments.of("a due date after the end", good.replace("\"dueOn\": \"" + start.plusDays(14), "\"dueOn\": \"" + start.plusDays(60)), "deliverables[0].dueOn"),
        Arguments.of("a rate above the budget", good.replace("\"max\": 150000", "\"max\": 900000"), "rateRange.max"),
        Arguments.of("a rate range upside down", good.replace("\"min\": 20000", "\"min\": 200000"), "rateRange"),
        Arguments.of("an unknown niche", good.replace("[\"food\"]", "[\"astrology\"]"), "niches[0]"),
        Arguments.of("no title", good.replace("\"title\": \"Bad\",", ""), "title"),
        Arguments.of("a bad country", good.replace("[\"FR\", \"BE\"]", "[\"France\"]"), "targetCountries"),
        Arguments.of("a negative budget", good.replace("\"amount\": 500000", "\"amount\": -5"), "budget.amount"),
        Arguments.of("an oversize description", good.replace("Recipes with our spring vegetables", "x".repeat(5001)), "description"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCampaigns")
  void bad_campaigns_are_refused_and_nothing_is_stored(String description, String body, String field) {
    int before = alice.get("/v1/campaigns?limit=100").json().get("items").size();

    ApiClient.Response response = alice.postJson("/v1/campaigns", body);

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().get("errors").findValuesAsText("field")).as(response.body()).anySatisfy(f -> assertThat(f).startsWith(field));
    assertThat(alice.get("/v1/campaigns?limit=100").json().get("items").size()).isEqualTo(before);
  }

  @Test
  void who_may_write_campaigns() {
    String body = CampaignFixtures.aSpringFoodCampaign("Who");
    assertThat(anonymous.as(Tokens.person("bob@acme.example")).postJson("/v1/campaigns", body).status()).isEqualTo(201);
    assertThat(anonymous.as(Tokens.acmePartner("campaigns:write")).postJson("/v1/campaigns", body).status()).isEqualTo(201);
    assertThat(anonymous.as(Tokens.acmePartner()).postJson("/v1/campaigns", body).status()).isEqualTo(403);
    assertThat(anonymous.as(Tokens.person("chloe@creators.example")).postJson("/v1/campaigns", body).status()).isEqualTo(403);
    String id = alice.postJson("/v1/campaigns", body).json().get("id").asText();
    assertThat(anonymous.as(Tokens.person("nina@northwind.example")).get("/v1/campaigns/" + id).status()).isEqualTo(404);
  }

  private static void assertConflict(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(409);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("type").asText()).endsWith("/conflict");
  }
}
