package com.truereach.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.truereach.api.creators.CreatorFixtures;
import com.truereach.api.testsupport.ApiClient;
import com.truereach.api.testsupport.IntegrationTest;
import com.truereach.api.testsupport.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyTest implements IntegrationTest {

  @Inject EmbeddedServer server;
  @Inject DataSource dataSource;
  ApiClient partner;

  @BeforeAll
  void client() {
    partner = new ApiClient(server.getURL()).as(Tokens.acmePartner("creators:write"));
  }

  @Test
  void a_retry_with_the_same_key_and_body_replays_the_first_response() {
    String key = UUID.randomUUID().toString();
    String body = CreatorFixtures.aNicheCreatorFromLyon("idem-" + key);

    ApiClient.Response first = partner.with("Idempotency-Key", key).postJson("/v1/creators", body);
    ApiClient.Response retry = partner.with("Idempotency-Key", key).postJson("/v1/creators", body);

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(creatorsWithExternalId("idem-" + key)).isEqualTo(1);
  }

  @Test
  void the_same_key_with_another_body_is_refused() {
    String key = UUID.randomUUID().toString();
    partner.with("Idempotency-Key", key).postJson("/v1/creators", CreatorFixtures.aNicheCreatorFromLyon("idem-a-" + key));

    ApiClient.Response other = partner.with("Idempotency-Key", key).postJson("/v1/creators", CreatorFixtures.aNicheCreatorFromLyon("idem-b-" + key));

    assertThat(other.status()).isEqualTo(422);
    assertThat(other.json().get("type").asText()).endsWith("/idempotency-key-reused");
    assertThat(creatorsWithExternalId("idem-b-" + key)).isZero();
  }

  @Test
  void two_concurrent_requests_with_one_key_create_one_creator() throws Exception {
    String key = UUID.randomUUID().toString();
    String body = CreatorFixtures.aNicheCreatorFromLyon("idem-race-" + key);
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<ApiClient.Response>> racers = List.of(1, 2).stream()
        .map(i -> CompletableFuture.supplyAsync(() -> {
          await(start);
          return partner.with("Idempotency-Key", key).postJson("/v1/creators", body);
        }))
        .toList();
    start.countDown();

    List<ApiClient.Response> responses = racers.stream().map(CompletableFuture::join).toList();

    assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
    assertThat(responses.get(0).json().get("id").asText()).isEqualTo(responses.get(1).json().get("id").asText());
    assertThat(creatorsWithExternalId("idem-race-" + key)).isEqualTo(1);
  }

  @Test
  void a_key_that_failed_validation_can_be_used_again() {
    String key = UUID.randomUUID().toString();
    ApiClient.Response bad = partner.with("Idempotency-Key", key).postJson("/v1/creators", "{\"displayName\": \"\", \"country\": \"FR\"}");
    assertThat(bad.status()).isEqualTo(400);

    ApiClient.Response good = partner.with("Idempotency-Key", key).postJson("/v1/creators", CreatorFixtures.aNicheCreatorFromLyon("idem-ok-" + key));
    assertThat(good.status()).isEqualTo(201);
  }

  @Test
  void an_invalid_key_is_a_problem() {
    ApiClient.Response response = partner.with("Idempotency-Key", "x".repeat(300)).postJson("/v1/creators", CreatorFixtures.aNicheCreatorFromLyon("idem-bad"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").findValuesAsText("field")).contains("Idempotency-Key");
  }

  private long creatorsWithExternalId(String externalId) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM catalog.creators WHERE external_id = '" + externalId + "'")) {
      rows.next();
      return rows.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
