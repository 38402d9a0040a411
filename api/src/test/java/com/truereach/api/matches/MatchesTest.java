package com.truereach.api.matches;

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
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** POST /v1/matches against a small known catalogue: filters, ranking, the parts of each score, validation and access. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchesTest implements IntegrationTest {

  @Inject EmbeddedServer server;

  /** A free port, so this class can run beside another test run on the same machine. */
  @Override
  public java.util.Map<String, String> getProperties() {
    java.util.Map<String, String> properties = new java.util.HashMap<>(IntegrationTest.super.getProperties());
    properties.put("micronaut.server.port", "-1");
    return properties;
  }
  ApiClient anonymous;
  ApiClient brand;
  String lyonFood;
  String parisFood;
  String berlinFitness;
  String nycTech;
  String lyonFoodExpensive;

  @BeforeAll
  void catalogue() {
    anonymous = new ApiClient(server.getURL());
    brand = anonymous.as(Tokens.person("alice@acme.example"));
    ApiClient writer = anonymous.as(Tokens.acmePartner("creators:write"));
    lyonFood = create(writer, CreatorFixtures.aProfiledCreator("m-lyon", "Camille Lumière", "FR", "food", 25_000, "FR", 0.8, 30_000, "naturalwine"));
    lyonFoodExpensive = create(writer, CreatorFixtures.aProfiledCreator("m-lyon-2", "Hugo Bernard", "FR", "food", 25_000, "FR", 0.8, 300_000, "fromage"));
    parisFood = create(writer, CreatorFixtures.aProfiledCreator("m-paris", "Emma Dubois", "FR", "food", 400_000, "US", 0.6, 250_000, "bistro"));
    berlinFitness = create(writer, CreatorFixtures.aProfiledCreator("m-berlin", "Jonas Kraft", "DE", "fitness", 8_000, "DE", 0.9, 9_000, "calisthenics"));
    nycTech = create(writer, CreatorFixtures.aProfiledCreator("m-nyc", "Ava Thompson", "US", "tech", 1_200_000, "US", 0.7, 900_000, "gadgets"));
    String noRate = create(writer, CreatorFixtures.aNicheCreatorFromLyon("m-no-rate"));
    await().atMost(Duration.ofSeconds(30)).until(() -> brand.get("/v1/creators?limit=100").json().get("items").size() == 6);
    assertThat(noRate).isNotBlank();
  }

  @Test
  void a_brief_ranks_creators_with_every_part_of_their_score() {
    JsonNode result = match(brand, "{\"niches\": [\"food\"], \"targetCountries\": [\"FR\"], \"languages\": [\"en\"],"
        + " \"ageBands\": [\"25-34\"], \"currency\": \"EUR\", \"limit\": 10}");

    assertThat(result.get("currency").asText()).isEqualTo("EUR");
    assertThat(result.get("formula").asText()).contains("organic reach");
    JsonNode items = result.get("items");
    List<String> ids = items.findValuesAsText("creatorId");
    assertThat(ids).as("food creators with audience in FR or living there, with a rate").containsExactlyInAnyOrder(lyonFood, lyonFoodExpensive, parisFood);
    assertThat(ids.indexOf(lyonFood)).as("same reach, a tenth of the price").isLessThan(ids.indexOf(lyonFoodExpensive));
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      assertThat(item.get("rank").asInt()).isEqualTo(i + 1);
      assertThat(item.get("displayName").asText()).isNotBlank();
      assertThat(item.get("platform").asText()).isEqualTo("instagram");
      assertThat(item.get("rate").get("currency").asText()).isEqualTo("EUR");
      JsonNode parts = item.get("parts");
      assertThat(parts.findValuesAsText("name")).containsExactly("organic reach", "audience in target", "niche relevance", "authenticity", "cost");
      parts.forEach(part -> assertThat(part.get("explanation").asText()).isNotBlank());
      double product = parts.get(0).get("value").asDouble() * parts.get(1).get("value").asDouble()
          * parts.get(2).get("value").asDouble() * parts.get(3).get("value").asDouble();
      assertThat(item.get("engagedInTarget").asDouble()).isCloseTo(product, Offset.offset(1e-6 * Math.max(1, product)));
      assertThat(item.get("score").asDouble()).isCloseTo(product / parts.get(4).get("value").asDouble(), Offset.offset(1e-6 * Math.max(1, product)));
    }
    List<Double> scores = items.findValues("score").stream().map(JsonNode::asDouble).toList();
    assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(items.get(0).get("parts").get(1).get("explanation").asText()).contains("audience is in the target");
  }

  @Test
  void rate_range_budget_platform_and_keywords_filter_candidates() {
    assertThat(ids(match(brand, "{\"niches\": [\"food\"], \"targetCountries\": [\"FR\"], \"currency\": \"EUR\", \"budget\": 100000}")))
        .containsExactly(lyonFood);
    assertThat(ids(match(brand, "{\"niches\": [\"food\"], \"targetCountries\": [\"FR\"], \"currency\": \"EUR\", \"rateMin\": 100000, \"rateMax\": 260000}")))
        .containsExactly(parisFood);
    assertThat(ids(match(brand, "{\"niches\": [\"food\"], \"targetCountries\": [\"FR\"], \"currency\": \"EUR\", \"platforms\": [\"tiktok\"]}")))
        .isEmpty();
    assertThat(ids(match(brand, "{\"niches\": [\"food\"], \"targetCountries\": [\"FR\"], \"currency\": \"USD\"}")))
        .as("rates are never converted").isEmpty();
    assertThat(ids(match(brand, "{\"keywords\": [\"calisthenics\"], \"targetCountries\": [\"DE\"], \"currency\": \"EUR\"}")))
        .containsExactly(berlinFitness);
    assertThat(ids(match(brand, "{\"keywords\": [\"gadgets\"], \"targetCountries\": [\"US\"], \"currency\": \"EUR\", \"limit\": 1}")))
        .containsExactly(nycTech);
    JsonNode us = match(brand, "{\"niches\": [\"food\", \"tech\"], \"targetCountries\": [\"US\"], \"currency\": \"EUR\"}");
    assertThat(ids(us)).as("audience in the US, whatever the home country").containsExactlyInAnyOrder(parisFood, nycTech, lyonFood, lyonFoodExpensive);
  }

  @Test
  void a_partner_with_matches_read_may_match() {
    ApiClient.Response response = anonymous.as(Tokens.acmePartner())
        .postJson("/v1/matches", "{\"niches\": [\"food\"], \"targetCountries\": [\"FR\"], \"currency\": \"EUR\"}");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }

  static Stream<Arguments> badBriefs() {
    return Stream.of(
        Arguments.of("an unknown niche", "{\"niches\": [\"food\", \"astrology\"], \"targetCountries\": [\"FR\"], \"currency\": \"EUR\"}", "niches[1]"),
        Arguments.of("no niche and no keyword", "{\"niches\": [], \"targetCountries\": [\"FR\"], \"currency\": \"EUR\"}", "niches"),
        Arguments.of("an empty target", "{\"niches\": [\"food\"], \"targetCountries\": [], \"currency\": \"EUR\"}", "targetCountries"),
        Arguments.of("no target", "{\"niches\": [\"food\"], \"currency\": \"EUR\"}", "targetCountries"),
        Arguments.of("a bad country", "{\"niches\": [\"food\"], \"targetCountries\": [\"FR\", \"France\"], \"currency\": \"EUR\"}", "targetCountries[1]"),
        Arguments.of("a bad language", "{\"niches\": [\"food\"], \"targetCountries\": [\"FR\"], \"languages\": [\"french\"], \"currency\": \"EUR\"}", "languages[0]"),
        Arguments.of("a bad age band", "{\"niches\": [\"food\"], \"targetCountries\": [\"FR\"], \"ageBands\": [\"20-30\"], \"currency\": \"EUR\"}", "ageBands[0]"),
        Arguments.of("a bad platform", "{\"niches\": [\"food\"], \"targetCountries\": [\"FR\"], \"platforms\": [\"myspace\"], \"currency\": \"EUR\"}", "platforms[0]"),
        Arguments.of("a negative budget", "{\"niches\": [\"food\"], \"targetCountries\": [\"FR\"], \"currency\": \"EUR\", \"budget\": -1}", "budget"),
        Arguments.of("a zero budget", "{\"niches\": [\"food\"], \"targetCountries\": [\"FR\"], \"currency\": \"EUR\", \"budget\": 0}", "budget"),
        Arguments.of("a fractional rate", "{\"niches\": [\"food\"], \"targetCountries\": [\"FR\"], \"currency\": \"EUR\", \"rateMin\": 10.5}", "rateMin"),
        Arguments.of("a minimum over the maximum", "{\"niches\": [\"food\"], \"targetCountries\": [\"FR\"], \"currency\": \"EUR\", \"rateMin\": 500, \"rateMax\": 100}", "rateMin"),
        Arguments.of("a minimum over the budget", "{\"niches\": [\"food\"], \"targetCountries\": [\"FR\"], \"currency\": \"EUR\", \"rateMin\": 500, \"budget\": 100}", "rateMin"),
        Arguments.of("a bad currency", "{\"niches\": [\"food\"], \"targetCountries\": [\"FR\"], \"currency\": \"EURO\"}", "currency"),
        Arguments.of("an invented currency", "{\"niches\": [\"food\"], \"targetCountries\": [\"FR\"], \"currency\": \"ABC\"}", "currency"),
        Arguments.of("no currency", "{\"niches\": [\"food\"], \"targetCountries\": [\"FR\"]}", "currency"),
        Arguments.of("a limit over 100", "{\"niches\": [\"food\"], \"targetCountries\": [\"FR\"], \"currency\": \"EUR\", \"limit\": 101}", "limit"),
        Arguments.of("niches that are not a list", "{\"niches\": \"food\", \"targetCountries\": [\"FR\"], \"currency\": \"EUR\"}", "niches"),
        Arguments.of("a blank keyword", "{\"keywords\": [\" \"], \"targetCountries\": [\"FR\"], \"currency\": \"EUR\"}", "keywords[0]"),
        Arguments.of("an unknown field", "{\"niches\": [\"food\"], \"targetCountries\": [\"FR\"], \"currency\": \"EUR\", \"minFollowers\": 5}", "minFollowers"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badBriefs")
  void a_bad_brief_is_a_problem_naming_the_field(String description, String body, String field) {
    ApiClient.Response response = brand.postJson("/v1/matches", body);

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("type").asText()).endsWith("/validation-failed");
    assertThat(response.json().get("errors").findValuesAsText("field")).as(response.body()).contains(field);
  }

  @Test
  void unreadable_bodies_are_malformed_requests() {
    assertThat(brand.postJson("/v1/matches", "{\"niches\": ").json().get("type").asText()).endsWith("/malformed-request");
    assertThat(brand.postJson("/v1/matches", "[]").json().get("type").asText()).endsWith("/malformed-request");
  }

  @Test
  void creators_partners_without_matches_read_and_anonymous_callers_are_refused() {
    String brief = "{\"niches\": [\"food\"], \"targetCountries\": [\"FR\"], \"currency\": \"EUR\"}";
    ApiClient.Response creator = anonymous.as(Tokens.person("chloe@creators.example")).postJson("/v1/matches", brief);
    assertThat(creator.status()).isEqualTo(403);
    assertThat(creator.contentType()).startsWith("application/problem+json");
    assertThat(anonymous.postJson("/v1/matches", brief).status()).isEqualTo(401);

    ApiClient alice = anonymous.as(Tokens.person("alice@acme.example"));
    ApiClient.Response created = alice.postJson("/v1/clients", "{\"name\": \"Catalogue reader\", \"scopes\": [\"creators:read\"]}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    try {
      String token = Tokens.clientCredentials(created.json().get("client").get("clientId").asText(), created.json().get("clientSecret").asText());
      ApiClient.Response partner = anonymous.as(token).postJson("/v1/matches", brief);
      assertThat(partner.status()).as(partner.body()).isEqualTo(403);
      assertThat(partner.json().get("type").asText()).endsWith("/forbidden");
    } finally {
      alice.delete("/v1/clients/" + created.json().get("client").get("id").asText());
    }
  }

  private static JsonNode match(ApiClient client, String brief) {
    ApiClient.Response response = client.postJson("/v1/matches", brief);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static List<String> ids(JsonNode result) {
    return result.get("items").findValuesAsText("creatorId");
  }

  private static String create(ApiClient writer, String record) {
    ApiClient.Response response = writer.postJson("/v1/creators", record);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asText();
  }
}
