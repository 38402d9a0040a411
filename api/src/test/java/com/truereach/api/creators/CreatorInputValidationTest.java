package com.truereach.api.creators;

import static org.assertj.core.api.Assertions.assertThat;

import com.truereach.api.testsupport.ApiClient;
import com.truereach.api.testsupport.IntegrationTest;
import com.truereach.api.testsupport.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input to POST /v1/creators gets a 4xx problem document and stores nothing. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreatorInputValidationTest implements IntegrationTest {

  @Inject EmbeddedServer server;
  @Inject DataSource dataSource;
  ApiClient api;
  long creatorsBefore;
  long outboxBefore;

  @BeforeAll
  void client() {
    api = new ApiClient(server.getURL()).as(Tokens.acmePartner("creators:write"));
  }

  @BeforeEach
  void countRows() throws SQLException {
    creatorsBefore = count("catalog.creators");
    outboxBefore = count("catalog.outbox");
  }

  @AfterEach
  void nothingWasStored() throws SQLException {
    assertThat(count("catalog.creators")).as("creators stored").isEqualTo(creatorsBefore);
    assertThat(count("catalog.outbox")).as("outbox entries written").isEqualTo(outboxBefore);
  }

  static java.util.stream.Stream<Arguments> badBodies() {
    return java.util.stream.Stream.of(
        Arguments.of("malformed JSON", "{\"displayName\": \"Camille\", ", "malformed-request", null),
        Arguments.of("not an object", "[1, 2, 3]", "malformed-request", null),
        Arguments.of("empty body", "", "malformed-request", null),
        Arguments.of("missing display name", "{\"country\": \"FR\"}", "validation-failed", "displayName"),
        Arguments.of("missing country", "{\"displayName\": \"Camille\"}", "validation-failed", "country"),
        Arguments.of("blank display name", "{\"displayName\": \"  \", \"country\": \"FR\"}", "validation-failed", "displayName"),
        Arguments.of("lower-case country", "{\"displayName\": \"Camille\", \"country\": \"fr\"}", "validation-failed", "country"),
        Arguments.of("unknown country", "{\"displayName\": \"Camille\", \"country\": \"XX\"}", "validation-failed", "country"),
        Arguments.of("languages of the wrong type", "{\"externalId\": \"x\", \"displayName\": \"Camille\", \"country\": \"FR\", \"languages\": \"fr\"}", "validation-failed", "languages"),
        Arguments.of("a display name that is an object", "{\"externalId\": \"x\", \"displayName\": {\"first\": \"Camille\"}, \"country\": \"FR\"}", "validation-failed", "displayName"),
        Arguments.of("a field given twice", "{\"externalId\": \"x\", \"displayName\": \"C\", \"displayName\": \"D\", \"country\": \"FR\"}", "validation-failed", "displayName"),
        Arguments.of("a share given twice", audience("{\"FR\": 0.5, \"FR\": 0.5}"), "validation-failed", "accounts[0].audience.countries.FR"),
        Arguments.of("two records in one body", "{\"externalId\": \"x\", \"displayName\": \"C\", \"country\": \"FR\"} {\"externalId\": \"y\"}", "validation-failed", ""),
        Arguments.of("an unknown field", "{\"externalId\": \"x\", \"displayName\": \"C\", \"country\": \"FR\", \"followers\": 10}", "validation-failed", "followers"),
        Arguments.of("no external id", "{\"displayName\": \"C\", \"country\": \"FR\"}", "validation-failed", "externalId"),
        Arguments.of("an unknown niche", "{\"externalId\": \"x\", \"displayName\": \"C\", \"country\": \"FR\", \"niches\": [\"astrology\"]}", "validation-failed", "niches[0]"),
        Arguments.of("a negative follower count", account("\"followers\": -5"), "validation-failed", "accounts[0].snapshots[0].followers"),
        Arguments.of("a snapshot in the future", account("\"date\": \"2999-01-01\""), "validation-failed", "accounts[0].snapshots[0].date"),
        Arguments.of("audience shares that do not sum to one", audience("{\"FR\": 0.5, \"BE\": 0.2}"), "validation-failed", "accounts[0].audience.countries"),
        Arguments.of("a bad language code", "{\"displayName\": \"Camille\", \"country\": \"FR\", \"languages\": [\"french\"]}", "validation-failed", "languages"),
        Arguments.of("a display name too long", "{\"displayName\": \"" + "x".repeat(121) + "\", \"country\": \"FR\"}", "validation-failed", "displayName"),
        Arguments.of("a bio too long", "{\"displayName\": \"Camille\", \"country\": \"FR\", \"bio\": \"" + "x".repeat(2001) + "\"}", "validation-failed", "bio"),
        Arguments.of("an external id with spaces", "{\"externalId\": \"a b\", \"displayName\": \"Camille\", \"country\": \"FR\"}", "validation-failed", "externalId"),
        // Valid JSON, but half a UTF-16 character: no UTF-8 text can hold it.
        Arguments.of("a lone surrogate escape", "{\"externalId\": \"x\", \"displayName\": \"Cam\\ud800ille\", \"country\": \"FR\"}", "validation-failed", "displayName"),
        Arguments.of("a hashtag too long once lower-cased", post("\"#" + "\u0130".repeat(99) + "\""), "validation-failed", "accounts[0].posts[0].hashtags[0]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badBodies")
  void a_bad_body_is_refused_with_a_problem_document(String description, String body, String expectedType, String field) {
    ApiClient.Response response = api.postJson("/v1/creators", body);

    assertThat(response.status()).as(response.body()).isBetween(400, 499);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("status").asInt()).isEqualTo(response.status());
    assertThat(response.json().get("title").asText()).isNotBlank();
    if (expectedType != null) {
      assertThat(response.json().get("type").asText()).as(response.body()).endsWith("/" + expectedType);
    }
    if (field != null) {
      assertThat(response.json().path("errors").findValuesAsText("field")).as(response.body()).anySatisfy(f -> assertThat(f).startsWith(field));
    }
  }

  private static String account(String override) {
    String snapshot = "{\"date\": \"2026-01-01\", \"followers\": 100, \"following\": 10, \"posts\": 5, \"provenance\": \"verified\"}";
    String key = override.substring(1, override.indexOf('"', 1));
    snapshot = snapshot.replaceFirst("\"" + key + "\": [^,}]+", java.util.regex.Matcher.quoteReplacement(override));
    return "{\"externalId\": \"x\", \"displayName\": \"C\", \"country\": \"FR\", \"accounts\": [{\"platform\": \"instagram\","
        + " \"handle\": \"c\", \"snapshots\": [" + snapshot + "]}]}";
  }

  private static String post(String hashtag) {
    return "{\"externalId\": \"x\", \"displayName\": \"C\", \"country\": \"FR\", \"accounts\": [{\"platform\": \"instagram\","
        + " \"handle\": \"c\", \"snapshots\": [{\"date\": \"2026-01-01\", \"followers\": 100, \"following\": 10, \"posts\": 5,"
        + " \"provenance\": \"verified\"}], \"posts\": [{\"publishedAt\": \"2026-01-01T10:00:00Z\", \"likes\": 1, \"comments\": 0,"
        + " \"hashtags\": [" + hashtag + "]}]}]}";
  }

  private static String audience(String countries) {
    return "{\"externalId\": \"x\", \"displayName\": \"C\", \"country\": \"FR\", \"accounts\": [{\"platform\": \"instagram\","
        + " \"handle\": \"c\", \"snapshots\": [{\"date\": \"2026-01-01\", \"followers\": 100, \"following\": 10, \"posts\": 5,"
        + " \"provenance\": \"verified\"}], \"audience\": {\"asOf\": \"2026-01-01\", \"provenance\": \"verified\", \"countries\": "
        + countries + "}}]}";
  }

  @Test
  void an_oversize_body_is_refused_with_413() {
    String huge = "{\"displayName\": \"Camille\", \"country\": \"FR\", \"bio\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
    ApiClient.Response response = api.postJson("/v1/creators", huge);

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  @Test
  void a_body_that_is_not_json_is_refused_with_415() {
    ApiClient.Response response =
        api.post("/v1/creators", "text/plain", "displayName=Camille".getBytes(StandardCharsets.UTF_8));

    assertThat(response.status()).isEqualTo(415);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  @Test
  void a_second_post_with_the_same_external_id_updates_the_same_creator() throws SQLException {
    ApiClient.Response first = api.postJson("/v1/creators", CreatorFixtures.aNicheCreatorFromLyon("dup-1"));
    assertThat(first.status()).isEqualTo(201);

    ApiClient.Response second = api.postJson("/v1/creators", CreatorFixtures.aNicheCreatorFromLyon("dup-1").replace("Camille Lumière", "Camille L."));

    assertThat(second.status()).isEqualTo(200);
    assertThat(second.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
    assertThat(second.json().get("displayName").asText()).isEqualTo("Camille L.");
    assertThat(second.json().get("version").asLong()).isEqualTo(2);
    creatorsBefore += 1;
    outboxBefore += 2;
  }

  @Test
  void bad_query_parameters_are_refused() {
    assertThat(api.get("/v1/creators?limit=0").status()).isEqualTo(400);
    assertThat(api.get("/v1/creators?limit=abc").status()).isEqualTo(400);
    assertThat(api.get("/v1/creators?cursor=not-a-cursor").json().get("errors").findValuesAsText("field")).contains("cursor");
    assertThat(api.get("/v1/creators?country=france").status()).isEqualTo(400);
  }

  private long count(String table) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
