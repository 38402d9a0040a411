package com.truereach.api.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.truereach.api.creators.CreatorFixtures;
import com.truereach.api.testsupport.ApiClient;
import com.truereach.api.testsupport.IntegrationTest;
import com.truereach.api.testsupport.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The index can be rebuilt from PostgreSQL while searches keep answering, and checked against it. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexRebuildTest implements IntegrationTest {

  @Inject EmbeddedServer server;
  @Inject IndexMaintenance maintenance;
  @Inject CreatorIndex index;

  @Test
  void a_rebuild_swaps_the_alias_while_searches_keep_answering_and_the_check_agrees() throws Exception {
    ApiClient api = new ApiClient(server.getURL()).as(Tokens.acmePartner("creators:write"));
    for (int i = 0; i < 30; i++) {
      api.postJson("/v1/creators", CreatorFixtures.aProfiledCreator("rb-" + i, "Rebuild " + i, "FR", "food", 1000 + i, "FR", 0.6, 100, "rebuild"));
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/v1/creators?q=rebuild&limit=100").json().get("items").size() == 30);
    var before = index.aliasedIndices();

    AtomicBoolean searching = new AtomicBoolean(true);
    List<Integer> statuses = new CopyOnWriteArrayList<>();
    List<Integer> sizes = new CopyOnWriteArrayList<>();
    Thread searcher = new Thread(() -> {
      while (searching.get()) {
        ApiClient.Response response = api.get("/v1/creators?q=rebuild&limit=100");
        statuses.add(response.status());
        if (response.status() == 200) {
          sizes.add(response.json().get("items").size());
        }
      }
    });
    searcher.start();
    IndexMaintenance.RebuildReport report = maintenance.rebuild();
    Thread.sleep(300);
    searching.set(false);
    searcher.join();

    assertThat(report.indexed()).isEqualTo(30);
    assertThat(index.aliasedIndices()).containsExactly(report.index()).doesNotContainAnyElementsOf(before);
    assertThat(statuses).isNotEmpty().allMatch(status -> status == 200);
    assertThat(sizes).allMatch(size -> size == 30);
    assertThat(maintenance.check().consistent()).isTrue();
  }

  @Test
  void the_check_reports_a_creator_missing_from_the_index() throws Exception {
    ApiClient api = new ApiClient(server.getURL()).as(Tokens.acmePartner("creators:write"));
    String id = api.postJson("/v1/creators", CreatorFixtures.aNicheCreatorFromLyon("rb-missing")).json().get("id").asText();
    await().atMost(Duration.ofSeconds(30)).until(() -> maintenance.check().consistent());

    index.apply(List.of(), List.of(id));
    index.client().indices().refresh(r -> r.index(index.alias()));

    assertThat(maintenance.check().missingFromIndex()).containsExactly(id);
  }
}
