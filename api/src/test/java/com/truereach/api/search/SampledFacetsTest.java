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
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A result above the exact-count limit gets its facets and total from a random sample, scaled up
 * and marked estimated. The limits are tiny here (an estimate may rest on one creator, the probe
 * keeps half) so that a small catalogue is "large".
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampledFacetsTest implements IntegrationTest {

  private static final int CREATORS = 40;
  private static final String[] COUNTRIES = {"FR", "DE", "US", "ES"};

  @Inject EmbeddedServer server;
  ApiClient api;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(IntegrationTest.super.getProperties());
    properties.put("truereach.search.facets.probe-probability", "0.5");
    properties.put("truereach.search.facets.sample-size", "1");
    properties.put("truereach.search.facets.exact-up-to", "2");
    return properties;
  }

  @BeforeAll
  void catalogue() {
    api = new ApiClient(server.getURL()).as(Tokens.acmePartner("creators:write"));
    for (int i = 0; i < CREATORS; i++) {
      String country = COUNTRIES[i % COUNTRIES.length];
      ApiClient.Response response = api.postJson("/v1/creators", CreatorFixtures.aProfiledCreator(
          "s-" + i, "Sampled Creator " + i, country, "food", 20_000 + i, country, 0.7, 10_000, "tag" + i));
      assertThat(response.status()).as(response.body()).isEqualTo(201);
    }
    await().atMost(Duration.ofSeconds(60)).until(() -> page("limit=50").get("items").size() == CREATORS);
  }

  @Test
  void a_large_result_counts_from_a_sample_and_says_so() {
    JsonNode page = page("niche=food&limit=10");
    assertThat(page.get("countsEstimated").asBoolean()).isTrue();
    long total = page.get("total").asLong();
    // Half of 40 is kept, give or take: five standard deviations either side.
    assertThat(total).isBetween(4L, 76L).matches(t -> t % 2 == 0, "scaled up from a sample of half");
    long countrySum = StreamSupport.stream(page.get("facets").get("country").spliterator(), false)
        .mapToLong(v -> v.get("count").asLong()).sum();
    assertThat(countrySum).as("every sampled creator has one country").isEqualTo(total);
    page.get("facets").get("niches").forEach(v -> assertThat(v.get("count").asLong() % 2).isZero());
    // The hits are exact whatever the counts: every creator is reachable page by page.
    assertThat(page.get("items")).hasSize(10);
    assertThat(page.get("nextCursor").asText()).isNotBlank();
  }

  @Test
  void the_same_query_gets_the_same_estimate() {
    assertThat(page("country=FR").get("facets")).isEqualTo(page("country=FR").get("facets"));
  }

  private JsonNode page(String query) {
    ApiClient.Response response = api.get("/v1/creators?" + query);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }
}
