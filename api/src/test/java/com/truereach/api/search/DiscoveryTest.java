package com.truereach.api.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.truereach.api.creators.CreatorFixtures;
import com.truereach.api.testsupport.ApiClient;
import com.truereach.api.testsupport.IntegrationTest;
import com.truereach.api.testsupport.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every discovery filter, sort, facet and page, against a small known catalogue. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscoveryTest implements IntegrationTest {

  @Inject EmbeddedServer server;
  ApiClient api;
  String lyonFood;
  String parisFood;
  String berlinFitness;
  String nycTech;

  @BeforeAll
  void catalogue() {
    api = new ApiClient(server.getURL()).as(Tokens.acmePartner("creators:write"));
    lyonFood = create(CreatorFixtures.aProfiledCreator("d-lyon", "Camille Lumière", "FR", "food", 25_000, "FR", 0.8, 30_000, "naturalwine"));
    parisFood = create(CreatorFixtures.aProfiledCreator("d-paris", "Emma Dubois", "FR", "food", 400_000, "US", 0.6, 250_000, "bistro"));
    berlinFitness = create(CreatorFixtures.aProfiledCreator("d-berlin", "Jonas Kraft", "DE", "fitness", 8_000, "DE", 0.9, 9_000, "calisthenics"));
    nycTech = create(CreatorFixtures.aProfiledCreator("d-nyc", "Ava Thompson", "US", "tech", 1_200_000, "US", 0.7, 900_000, "gadgets"));
    await().atMost(Duration.ofSeconds(30)).until(() -> ids("").size() == 4);
  }

  @Test
  void free_text_finds_names_bios_captions_and_hashtags_with_highlights() {
    assertThat(ids("q=Lumi%C3%A8re")).containsExactly(lyonFood);
    assertThat(ids("q=naturalwine")).containsExactly(lyonFood);
    JsonNode page = search("q=fitness");
    assertThat(page.get("items").findValuesAsText("id")).contains(berlinFitness);
    assertThat(page.get("items").get(0).get("highlights").toString()).contains("<em>");
  }

  @Test
  void each_filter_narrows_the_result() {
    assertThat(ids("country=FR")).containsExactlyInAnyOrder(lyonFood, parisFood);
    assertThat(ids("niche=fitness")).containsExactly(berlinFitness);
    assertThat(ids("platform=instagram")).hasSize(4);
    assertThat(ids("platform=tiktok")).isEmpty();
    assertThat(ids("language=en")).hasSize(4);
    assertThat(ids("minFollowers=100000&maxFollowers=500000")).containsExactly(parisFood);
    assertThat(ids("verifiedOnly=true")).hasSize(4);
    assertThat(ids("maxRate=30000&currency=EUR")).containsExactlyInAnyOrder(lyonFood, berlinFitness);
    assertThat(ids("audienceCountry=US:0.5")).containsExactlyInAnyOrder(parisFood, nycTech);
    assertThat(ids("audienceCountry=FR:0.5&country=FR")).containsExactly(lyonFood);
    assertThat(ids("audienceAge=25-34:0.5")).hasSize(4);
    assertThat(ids("audienceLanguage=en:0.9")).hasSize(4);
    assertThat(ids("minEngagementRate=0.0&maxEngagementRate=1")).hasSize(4);
    assertThat(ids("minAuthenticity=0")).hasSize(4);
    assertThat(ids("minAuthenticity=100.0")).isEmpty();
  }

  @Test
  void sorts_order_by_what_they_name() {
    assertThat(ids("sort=followers")).containsExactly(nycTech, parisFood, lyonFood, berlinFitness);
    List<Double> authenticity = search("sort=authenticity").get("items").findValues("authenticity").stream().map(JsonNode::asDouble).toList();
    assertThat(authenticity).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(ids("sort=engagement_rate")).hasSize(4);
    assertThat(ids("sort=targeted_reach&audienceCountry=US:0.1")).first().isIn(nycTech, parisFood);
  }

  @Test
  void facets_count_the_whole_result() {
    JsonNode facets = search("").get("facets");
    assertThat(facets.get("country").toString()).contains("{\"value\":\"FR\",\"count\":2}");
    assertThat(facets.get("niches").toString()).contains("{\"value\":\"food\",\"count\":2}");
    assertThat(facets.get("followerTier").toString()).contains("{\"value\":\"mega\",\"count\":1}");
    JsonNode first = search("country=FR&limit=1");
    assertThat(first.get("total").asLong()).isEqualTo(2);
    assertThat(first.get("countsEstimated").asBoolean()).as("a small result is counted exactly").isFalse();
    JsonNode second = search("country=FR&limit=1&cursor=" + first.get("nextCursor").asText());
    assertThat(second.get("items")).hasSize(1);
    assertThat(second.path("total").isNull() || second.path("total").isMissingNode()).as("only a first page counts").isTrue();
  }

  @Test
  void pages_are_stable_and_complete() {
    Set<String> seen = new HashSet<>();
    List<String> order = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page = search("sort=followers&limit=1" + (cursor == null ? "" : "&cursor=" + cursor));
      page.get("items").findValuesAsText("id").forEach(id -> {
        assertThat(seen.add(id)).as("no creator twice").isTrue();
        order.add(id);
      });
      cursor = page.path("nextCursor").isMissingNode() || page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
    } while (cursor != null);
    assertThat(order).containsExactly(nycTech, parisFood, lyonFood, berlinFitness);

    String byFollowers = search("sort=followers&limit=1").get("nextCursor").asText();
    ApiClient.Response otherOrder = api.get("/v1/creators?sort=authenticity&limit=1&cursor=" + byFollowers);
    assertThat(otherOrder.status()).as("a cursor continues only the order it came from").isEqualTo(400);
    assertThat(otherOrder.json().get("errors").findValuesAsText("field")).containsExactly("cursor");
    String oldFormat = java.util.Base64.getUrlEncoder().withoutPadding()
        .encodeToString("[1.0, \"d-lyon\"]".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(api.get("/v1/creators?limit=1&cursor=" + oldFormat).status()).isEqualTo(400);
  }

  @Test
  void lookalikes_share_topics_and_exclude_the_creator_itself() {
    List<String> similar = search0("/v1/creators/" + lyonFood + "/similar?limit=3");
    assertThat(similar).doesNotContain(lyonFood).first().isEqualTo(parisFood);
    assertThat(api.get("/v1/creators/" + java.util.UUID.randomUUID() + "/similar").status()).isEqualTo(404);
    assertThat(api.get("/v1/creators/" + lyonFood + "/similar?limit=500").status()).isEqualTo(400);
  }

  private List<String> search0(String path) {
    ApiClient.Response response = api.get(path);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json().get("items").findValuesAsText("id");
  }

  @Test
  void bad_parameters_are_named_in_the_problem() {
    ApiClient.Response response = api.get("/v1/creators?country=france&niche=astrology&minFollowers=-1&audienceCountry=FR&sort=fame&limit=1000");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").findValuesAsText("field"))
        .contains("country", "niche", "minFollowers", "audienceCountry", "sort", "limit");
  }

  private String create(String record) {
    ApiClient.Response response = api.postJson("/v1/creators", record);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asText();
  }

  private List<String> ids(String query) {
    return search(query).get("items").findValuesAsText("id");
  }

  private JsonNode search(String query) {
    ApiClient.Response response = api.get("/v1/creators?" + query);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }
}
