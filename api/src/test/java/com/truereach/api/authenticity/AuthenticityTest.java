package com.truereach.api.authenticity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.truereach.api.creators.CreatorFixtures;
import com.truereach.api.creators.CreatorId;
import com.truereach.api.scoring.ScoreHistory;
import com.truereach.api.testsupport.ApiClient;
import com.truereach.api.testsupport.IntegrationTest;
import com.truereach.api.testsupport.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A creator's score breakdown, its history and contests, and who may see or contest them. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthenticityTest implements IntegrationTest {

  private static final String PASSWORD = "a-long-enough-password";

  @Inject EmbeddedServer server;

  /** A free port, so this class can run beside another test run on the same machine. */
  @Override
  public java.util.Map<String, String> getProperties() {
    java.util.Map<String, String> properties = new java.util.HashMap<>(IntegrationTest.super.getProperties());
    properties.put("micronaut.server.port", "-1");
    return properties;
  }
  @Inject ScoreHistory scoreHistory;
  @io.micronaut.context.annotation.Value("${datasources.default.url}") String databaseUrl;
  @io.micronaut.context.annotation.Value("${datasources.default.username}") String databaseUser;
  @io.micronaut.context.annotation.Value("${datasources.default.password}") String databasePassword;
  ApiClient anonymous;
  ApiClient partner;
  String profiled;
  String ownCreatorId;
  ApiClient creator;

  @BeforeAll
  void catalogue() {
    anonymous = new ApiClient(server.getURL());
    partner = anonymous.as(Tokens.acmePartner("creators:write"));
    ApiClient.Response created = partner.postJson("/v1/creators",
        CreatorFixtures.aProfiledCreator("auth-lyon", "Camille Lumière", "FR", "food", 25_000, "FR", 0.8, 30_000, "naturalwine"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    profiled = created.json().get("id").asText();

    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String email = "creator-" + suffix + "@creators.example";
    ApiClient.Response signup = anonymous.postJson("/v1/signups/creators", """
        {"account": {"email": "%s", "firstName": "Cleo", "lastName": "Creator", "password": "%s"},
         "displayName": "Cleo Cooks", "country": "FR"}
        """.formatted(email, PASSWORD));
    assertThat(signup.status()).as(signup.body()).isEqualTo(201);
    ownCreatorId = signup.json().get("creatorId").asText();
    creator = anonymous.as(Tokens.personWithPassword(email, PASSWORD));
  }

  @Test
  void the_breakdown_explains_the_score_signal_by_signal() {
    ApiClient.Response response = anonymous.as(Tokens.acmePartner()).get("/v1/creators/" + profiled + "/authenticity");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode report = response.json();
    assertThat(report.get("scored").asBoolean()).isTrue();
    assertThat(report.get("platform").asText()).isEqualTo("instagram");
    assertThat(report.get("score").asDouble()).isBetween(0.0, 100.0);
    assertThat(report.get("confidence").asDouble()).isBetween(0.0, 1.0);
    assertThat(report.get("organicReach").get("people").asLong()).isPositive();
    assertThat(report.get("organicReach").get("explanation").asText()).isNotBlank();

    JsonNode benchmark = report.get("benchmark");
    assertThat(benchmark.get("country").asText()).isEqualTo("FR");
    assertThat(benchmark.get("tier").asText()).isEqualTo("micro");
    assertThat(benchmark.get("source").asText()).isEqualTo("built_in_norms");
    assertThat(benchmark.get("explanation").asText()).contains("industry norms");
    assertThat(benchmark.get("figures").get("engagementRate").get("median").asDouble()).isPositive();

    JsonNode signals = report.get("signals");
    assertThat(signals).hasSize(8);
    List<Double> lost = new ArrayList<>();
    for (JsonNode signal : signals) {
      assertThat(signal.get("name").asText()).isNotBlank();
      assertThat(signal.get("reason").asText()).isNotBlank();
      assertThat(signal.get("weight").asDouble()).isNotNegative();
      assertThat(signal.get("confidence").asDouble()).isBetween(0.0, 1.0);
      lost.add(signal.get("pointsLost").asDouble());
    }
    assertThat(lost).as("strongest first").isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(lost.stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(100 - report.get("score").asDouble(), org.assertj.core.data.Offset.offset(0.01));
    assertThat(signals.findValuesAsText("name")).contains("audience credibility", "engagement", "provenance");

    JsonNode credibility = report.get("audienceCredibility");
    assertThat(credibility.get("sampleSize").asInt()).isEqualTo(2);
    assertThat(credibility.get("classes").fieldNames()).toIterable().containsExactlyInAnyOrder("real", "mass_follower", "suspicious", "influencer");
    JsonNode credible = credibility.get("credibleShare");
    assertThat(credible.get("lower").asDouble()).isLessThanOrEqualTo(credible.get("share").asDouble());
    assertThat(credible.get("upper").asDouble()).isGreaterThanOrEqualTo(credible.get("share").asDouble());
  }

  @Test
  void unknown_and_malformed_ids_are_not_found_problems() {
    ApiClient reader = anonymous.as(Tokens.acmePartner());
    for (String id : List.of(UUID.randomUUID().toString(), "not-a-uuid")) {
      ApiClient.Response response = reader.get("/v1/creators/" + id + "/authenticity");
      assertThat(response.status()).isEqualTo(404);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.json().get("type").asText()).endsWith("/not-found");
    }
  }

  @Test
  void a_creator_reads_their_own_report_and_nobody_elses() {
    ApiClient.Response own = creator.get("/v1/creators/" + ownCreatorId + "/authenticity");
    assertThat(own.status()).as(own.body()).isEqualTo(200);
    assertThat(own.json().get("scored").asBoolean()).as("no account connected yet").isFalse();
    assertThat(own.json().get("explanation").asText()).isNotBlank();

    assertThat(creator.get("/v1/creators/" + profiled + "/authenticity").status()).isEqualTo(404);
    assertThat(anonymous.get("/v1/creators/" + profiled + "/authenticity").status()).isEqualTo(401);
  }

  @Test
  void the_owner_contests_once_per_signal_and_others_cannot() {
    String path = "/v1/creators/" + ownCreatorId + "/contests";
    ApiClient.Response first = creator.with("Idempotency-Key", UUID.randomUUID().toString())
        .postJson(path, "{\"note\": \"My followers are real: I run a cooking school.\", \"signal\": \"audience credibility\"}");
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.json().get("status").asText()).isEqualTo("open");
    assertThat(first.json().get("signal").asText()).isEqualTo("audience credibility");

    ApiClient.Response again = creator.postJson(path, "{\"note\": \"Again\", \"signal\": \"audience credibility\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("type").asText()).endsWith("/conflict");

    assertThat(creator.postJson(path, "{\"note\": \"Growth was a TV appearance\", \"signal\": \"growth\"}").status()).isEqualTo(201);
    assertThat(creator.get(path).json().get("items").findValuesAsText("signal")).containsExactlyInAnyOrder("audience credibility", "growth");
    assertThat(anonymous.as(Tokens.acmePartner()).get(path).status()).as("brands can read contests").isEqualTo(200);

    assertThat(anonymous.as(Tokens.acmePartner()).postJson(path, "{\"note\": \"x\"}").status()).isEqualTo(403);
    assertThat(creator.postJson("/v1/creators/" + profiled + "/contests", "{\"note\": \"x\"}").status()).isEqualTo(404);
  }

  @Test
  void an_operator_answers_a_contest_once_and_the_creator_reads_the_answer() {
    String path = "/v1/creators/" + ownCreatorId + "/contests";
    ApiClient.Response opened = creator.postJson(path, "{\"note\": \"My score dropped after a giveaway; the new followers are real.\"}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    String contestId = opened.json().get("id").asText();
    ApiClient operator = anonymous.as(Tokens.person("oscar@truereach.example"));

    ApiClient.Response queue = operator.get("/v1/contests");
    assertThat(queue.status()).as(queue.body()).isEqualTo(200);
    assertThat(queue.json().get("items").findValuesAsText("id")).contains(contestId);
    assertThat(queue.json().get("items").findValuesAsText("status")).containsOnly("open");
    for (ApiClient other : List.of(creator, brandAdmin(), anonymous.as(Tokens.acmePartner("creators:read", "creators:write")))) {
      assertThat(other.get("/v1/contests").status()).as("only operators see the queue").isEqualTo(403);
      assertThat(other.postJson("/v1/contests/" + contestId + "/resolution", "{\"decision\": \"rejected\", \"response\": \"no\"}").status())
          .as("only operators answer").isEqualTo(403);
    }

    String resolution = "/v1/contests/" + contestId + "/resolution";
    assertThat(answerFields(operator.postJson(resolution, "{}"))).containsExactlyInAnyOrder("decision", "response");
    assertThat(answerFields(operator.postJson(resolution, "{\"decision\": \"maybe\", \"response\": \"ok\"}"))).containsExactly("decision");
    assertThat(answerFields(operator.postJson(resolution, "{\"decision\": \"accepted\", \"response\": \"  \"}"))).containsExactly("response");
    assertThat(answerFields(operator.postJson(resolution, "{\"decision\": \"accepted\", \"response\": \"" + "x".repeat(2001) + "\"}")))
        .containsExactly("response");
    assertThat(answerFields(operator.postJson(resolution, "{\"decision\": \"accepted\", \"response\": \"ok\", \"score\": 99}")))
        .containsExactly("score");
    assertThat(operator.postJson("/v1/contests/" + UUID.randomUUID() + "/resolution", "{\"decision\": \"accepted\", \"response\": \"ok\"}")
        .status()).isEqualTo(404);
    assertThat(creator.get(path).json().get("items").findValuesAsText("status")).as("refused answers change nothing").doesNotContain("accepted");

    long queuedBefore = outboxEntriesFor(ownCreatorId);
    ApiClient.Response answered = operator.postJson(resolution,
        "{\"decision\": \"accepted\", \"response\": \"The giveaway followers engage like the rest; we queued a rescore.\"}");
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    assertThat(answered.json().get("status").asText()).isEqualTo("accepted");
    assertThat(answered.json().get("resolvedAt").asText()).isNotBlank();
    assertThat(outboxEntriesFor(ownCreatorId)).as("an accepted contest queues the creator for rescoring").isEqualTo(queuedBefore + 1);

    JsonNode notification = findContestNotification(creator.get("/v1/notifications").json().get("items"), contestId);
    assertThat(notification.get("unread").asBoolean()).as("the creator is told their contest was answered").isTrue();
    assertThat(notification.get("event").get("data").get("decision").asText()).isEqualTo("accepted");
    assertThat(notification.get("event").get("data").has("response")).as("the text stays behind the API").isFalse();
    assertThat(brandAdmin().get("/v1/notifications").json().get("items").findValuesAsText("type"))
        .as("a creator's contest is nobody else's news").doesNotContain("contest.resolved");

    ApiClient.Response twice = operator.postJson(resolution, "{\"decision\": \"rejected\", \"response\": \"changed my mind\"}");
    assertThat(twice.status()).isEqualTo(409);
    assertThat(creator.get("/v1/notifications").json().get("items").findValuesAsText("type").stream()
        .filter("contest.resolved"::equals).count()).as("a refused second answer notifies nobody").isEqualTo(1);
    JsonNode seen = findById(creator.get(path).json().get("items"), contestId);
    assertThat(seen.get("status").asText()).isEqualTo("accepted");
    assertThat(seen.get("response").asText()).startsWith("The giveaway followers");
    assertThat(operator.get("/v1/contests").json().get("items").findValuesAsText("id")).doesNotContain(contestId);
    assertThat(creator.postJson(path, "{\"note\": \"One more thing\"}").status()).as("a new contest once the last one is answered")
        .isEqualTo(201);
  }

  private static JsonNode findContestNotification(JsonNode items, String contestId) {
    for (JsonNode item : items) {
      JsonNode event = item.get("event");
      if (event.get("type").asText().equals("contest.resolved") && event.get("data").get("contestId").asText().equals(contestId)) {
        return item;
      }
    }
    throw new AssertionError("no contest.resolved notification for " + contestId + " in " + items);
  }

  private long outboxEntriesFor(String creatorId) {
    try (java.sql.Connection connection = java.sql.DriverManager.getConnection(databaseUrl, databaseUser, databasePassword);
        java.sql.PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM catalog.outbox WHERE aggregate_id = ?")) {
      count.setObject(1, UUID.fromString(creatorId));
      try (java.sql.ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private ApiClient brandAdmin() {
    return anonymous.as(Tokens.person("alice@acme.example"));
  }

  private static JsonNode findById(JsonNode items, String id) {
    for (JsonNode item : items) {
      if (item.get("id").asText().equals(id)) {
        return item;
      }
    }
    throw new AssertionError("no contest " + id + " in " + items);
  }

  private static List<String> answerFields(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    return response.json().get("errors").findValuesAsText("field");
  }

  @Test
  void a_bad_contest_names_its_field() {
    String path = "/v1/creators/" + ownCreatorId + "/contests";
    assertThat(fields(creator.postJson(path, "{}"))).contains("note");
    assertThat(fields(creator.postJson(path, "{\"note\": \"   \"}"))).contains("note");
    assertThat(fields(creator.postJson(path, "{\"note\": \"a\\u0000b\"}"))).as("PostgreSQL text cannot hold NUL").contains("note");
    assertThat(fields(creator.postJson(path, "{\"note\": 5}"))).contains("note");
    assertThat(fields(creator.postJson(path, "{\"note\": \"" + "x".repeat(2001) + "\"}"))).contains("note");
    assertThat(fields(creator.postJson(path, "{\"note\": \"fine\", \"signal\": \"astrology\"}"))).contains("signal");
    assertThat(fields(creator.postJson(path, "{\"note\": \"fine\", \"mood\": \"angry\"}"))).contains("mood");
    assertThat(creator.postJson(path, "{\"note\": ").status()).isEqualTo(400);
  }

  @Test
  void history_lists_each_change_newest_first_and_skips_unchanged_rescoring() {
    CreatorId id = new CreatorId(UUID.fromString(profiled));
    String path = "/v1/creators/" + profiled + "/authenticity/history";
    ApiClient partner = anonymous.as(Tokens.acmePartner());
    // Indexing records the creator's first score; wait for it so it cannot land between the entries below.
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> partner.get(path).json().get("items").size() >= 1);
    int before = partner.get(path).json().get("items").size();
    scoreHistory.record(new ScoreHistory.Entry(id, "instagram", 71.5, 0.8, 12_000));
    scoreHistory.record(new ScoreHistory.Entry(id, "instagram", 71.5, 0.8, 12_000));
    scoreHistory.record(new ScoreHistory.Entry(id, "instagram", 64.0, 0.85, 11_000));

    ApiClient.Response response = partner.get(path);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    List<String> scores = response.json().get("items").findValuesAsText("authenticity");
    assertThat(scores).as("two changes added, the unchanged rescoring skipped").hasSize(before + 2);
    assertThat(scores.subList(0, 2)).containsExactly("64.0", "71.5");
  }

  @Test
  void a_batch_appends_each_changed_creator_once_in_one_statement() {
    CreatorId unchanged = CreatorId.next();
    CreatorId changed = CreatorId.next();
    CreatorId namedTwice = CreatorId.next();
    scoreHistory.recordAll(List.of(new ScoreHistory.Entry(unchanged, "tiktok", 50.0, 0.5, 1_000),
        new ScoreHistory.Entry(changed, "youtube", 60.0, 0.6, 2_000)));

    scoreHistory.recordAll(List.of(new ScoreHistory.Entry(unchanged, "tiktok", 50.0, 0.5, 1_000),
        new ScoreHistory.Entry(changed, "youtube", 61.0, 0.6, 2_000),
        new ScoreHistory.Entry(namedTwice, "instagram", 10.0, 0.1, 10),
        new ScoreHistory.Entry(namedTwice, "instagram", 20.0, 0.2, 20)));

    assertThat(scoreHistory.of(unchanged)).as("the same score again adds nothing").hasSize(1);
    assertThat(scoreHistory.of(changed)).extracting(ScoreHistory.Point::authenticity).containsExactly(61.0, 60.0);
    assertThat(scoreHistory.of(namedTwice)).as("the last entry of a creator named twice")
        .extracting(ScoreHistory.Point::authenticity).containsExactly(20.0);
  }

  private static List<String> fields(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    return response.json().get("errors").findValuesAsText("field");
  }
}
