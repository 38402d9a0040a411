package com.truereach.api.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.truereach.api.creators.CreatorCatalog;
import com.truereach.api.creators.CreatorFixtures;
import com.truereach.api.testsupport.ApiClient;
import com.truereach.api.testsupport.IntegrationTest;
import com.truereach.api.testsupport.Tokens;
import com.truereach.matching.benchmarks.BenchmarkCell;
import com.truereach.matching.benchmarks.BenchmarkSource;
import com.truereach.matching.benchmarks.FollowerTier;
import com.truereach.matching.metrics.Platform;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Benchmarks recomputed from the catalogue are stored and swapped in; the sample limit bounds the work. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchmarkRefreshTest implements IntegrationTest {

  @Inject EmbeddedServer server;
  @Inject BenchmarkRefresh refresh;
  @Inject CurrentBenchmarks current;
  @Inject StoredBenchmarks stored;
  @Inject CreatorCatalog catalog;
  @Inject Clock clock;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(IntegrationTest.super.getProperties());
    // The test runs the job itself; three creators make a cell of their own; pages of two exercise paging.
    properties.put("truereach.benchmarks.enabled", "false");
    properties.put("micronaut.server.port", "-1");
    properties.put("truereach.benchmarks.minimum-creators", "3");
    properties.put("truereach.benchmarks.page-size", "2");
    return properties;
  }

  @BeforeAll
  void catalogue() {
    ApiClient partner = new ApiClient(server.getURL()).as(Tokens.acmePartner("creators:write"));
    create(partner, CreatorFixtures.aProfiledCreator("bench-1", "Camille Lumière", "FR", "food", 20_000, "FR", 0.8, 30_000, "wine"));
    create(partner, CreatorFixtures.aProfiledCreator("bench-2", "Emma Dubois", "FR", "food", 40_000, "FR", 0.7, 40_000, "bistro"));
    create(partner, CreatorFixtures.aProfiledCreator("bench-3", "Léa Martin", "FR", "fashion", 60_000, "FR", 0.6, 50_000, "style"));
    create(partner, CreatorFixtures.aProfiledCreator("bench-4", "Jonas Kraft", "DE", "fitness", 8_000, "DE", 0.9, 9_000, "gym"));
    create(partner, CreatorFixtures.aNicheCreatorFromLyon("bench-no-account"));
  }

  @Test
  void a_run_stores_every_cell_it_saw_and_swaps_the_benchmarks_in() throws Exception {
    assertThat(current.get().cellFor(Platform.INSTAGRAM, "FR", FollowerTier.MICRO).source()).isEqualTo(BenchmarkSource.BUILT_IN_NORMS);

    BenchmarkRefresh.Outcome outcome = refresh.refresh();

    assertThat(outcome.creatorsSampled()).as("creators without an account are left out").isEqualTo(4);
    assertThat(outcome.cells()).isEqualTo(2);
    BenchmarkCell inUse = current.get().cellFor(Platform.INSTAGRAM, "FR", FollowerTier.MICRO);
    assertThat(inUse.source()).isEqualTo(BenchmarkSource.OWN_CELL);
    assertThat(inUse.creatorCount()).isEqualTo(3);
    assertThat(current.computedAt()).contains(outcome.computedAt());

    StoredBenchmarks.StoredCell cell = stored.latestCell("instagram", "FR", "micro").orElseThrow();
    assertThat(cell.runId()).isEqualTo(outcome.runId());
    assertThat(cell.creatorCount()).isEqualTo(3);
    assertThat(cell.source()).isEqualTo("own_cell");
    assertThat(cell.explanation()).contains("3 Instagram creators in FR");
    JsonNode stats = new ObjectMapper().readTree(cell.stats());
    assertThat(stats.get("engagementRate").get("median").asDouble()).isCloseTo(inUse.engagementRate().median(),
        org.assertj.core.data.Offset.offset(1e-9));
    assertThat(stats.get("engagementRate").get("count").asInt()).isEqualTo(3);
    assertThat(stats.get("likesPerComment").get("median").isNumber()).isTrue();

    StoredBenchmarks.StoredCell thin = stored.latestCell("instagram", "DE", "nano").orElseThrow();
    assertThat(thin.source()).isEqualTo("built_in_norms");
    assertThat(thin.creatorCount()).isZero();
  }

  @Test
  void the_sample_limit_bounds_how_many_creators_a_run_reads() {
    BenchmarkRefresh limited = new BenchmarkRefresh(catalog, new CurrentBenchmarks(), stored, new BenchmarkConfig(true, 2, 2, 3, 20, true), clock);

    BenchmarkRefresh.Outcome outcome = limited.refresh();

    // Two of the five creators are chosen; one of them may be the creator without an account, which is left out.
    assertThat(outcome.creatorsSampled()).isBetween(1, 2);
    assertThat(stored.latestCells()).allSatisfy(cell -> assertThat(cell.runId()).isEqualTo(outcome.runId()));
  }

  @Test
  void after_a_restart_the_newest_stored_run_serves_until_the_next_recomputation() {
    // Instances of their own: the application's benchmarks stay as the other tests expect them.
    BenchmarkConfig config = new BenchmarkConfig(true, 200_000, 2, 3, 20, true);
    CurrentBenchmarks beforeRestart = new CurrentBenchmarks();
    BenchmarkRefresh.Outcome outcome = new BenchmarkRefresh(catalog, beforeRestart, stored, config, clock).refresh();
    CurrentBenchmarks afterRestart = new CurrentBenchmarks();
    BenchmarkRefresh restarted = new BenchmarkRefresh(catalog, afterRestart, stored, config, clock);
    assertThat(afterRestart.get().cellFor(Platform.INSTAGRAM, "FR", FollowerTier.MICRO).source()).isEqualTo(BenchmarkSource.BUILT_IN_NORMS);

    assertThat(restarted.restore()).hasValueSatisfying(run -> assertThat(run.runId()).isEqualTo(outcome.runId()));

    assertThat(afterRestart.get().cellFor(Platform.INSTAGRAM, "FR", FollowerTier.MICRO))
        .as("the stored cell, figures and explanation as computed").isEqualTo(beforeRestart.get().cellFor(Platform.INSTAGRAM, "FR", FollowerTier.MICRO));
    assertThat(afterRestart.computedAt()).hasValueSatisfying(at ->
        assertThat(java.time.Duration.between(at, outcome.computedAt()).abs()).isLessThan(java.time.Duration.ofMillis(1)));
    assertThat(afterRestart.get().cellFor(Platform.YOUTUBE, "JP", FollowerTier.MEGA).explanation())
        .startsWith("the stored benchmarks hold no YouTube creators in JP");
  }

  private static void create(ApiClient partner, String record) {
    ApiClient.Response response = partner.postJson("/v1/creators", record);
    assertThat(response.status()).as(response.body()).isEqualTo(201);
  }
}
