package com.truereach.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.truereach.api.testsupport.ApiClient;
import com.truereach.api.testsupport.IntegrationTest;
import com.truereach.api.testsupport.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** POST /v1/accounts/classify: verdicts in request order, exact field paths for bad profiles, and who may call it. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountClassificationTest implements IntegrationTest {

  private static final String PERSON = "{\"username\": \"anna_b\", \"fullName\": \"Anna B\", \"biography\": \"Coffee and trails\","
      + " \"hasProfilePicture\": true, \"isPrivate\": false, \"hasExternalUrl\": false,"
      + " \"postsCount\": 240, \"followersCount\": 410, \"followingCount\": 380}";
  private static final String BOT = "{\"username\": \"user8827361\", \"hasProfilePicture\": false,"
      + " \"postsCount\": 0, \"followersCount\": 2, \"followingCount\": 7400}";

  @Inject EmbeddedServer server;

  /** A free port, so this class can run beside another test run on the same machine. */
  @Override
  public java.util.Map<String, String> getProperties() {
    java.util.Map<String, String> properties = new java.util.HashMap<>(IntegrationTest.super.getProperties());
    properties.put("micronaut.server.port", "-1");
    return properties;
  }
  ApiClient anonymous;
  ApiClient partner;

  @BeforeAll
  void clients() {
    anonymous = new ApiClient(server.getURL());
    partner = anonymous.as(Tokens.acmePartner());
  }

  @Test
  void each_profile_gets_a_class_a_probability_a_confidence_and_reasons_in_request_order() {
    ApiClient.Response response = partner.postJson("/v1/accounts/classify", "{\"accounts\": [" + PERSON + ", " + BOT
        + ", {\"postsCount\": 12, \"followersCount\": 30, \"followingCount\": 25}]}");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode body = response.json();
    assertThat(body.get("modelVersion").asText()).isNotBlank();
    JsonNode items = body.get("items");
    assertThat(items).hasSize(3);
    assertThat(items.findValuesAsText("index")).containsExactly("0", "1", "2");
    assertThat(items.get(0).get("username").asText()).isEqualTo("anna_b");
    assertThat(items.get(2).has("username")).isFalse();
    for (JsonNode item : items) {
      assertThat(item.get("class").asText()).isIn("real", "mass_follower", "suspicious", "influencer");
      assertThat(item.get("probabilityInauthentic").asDouble()).isBetween(0.0, 1.0);
      assertThat(item.get("confidence").asDouble()).isBetween(0.0, 1.0);
      assertThat(item.get("reasons")).isNotEmpty();
    }
    assertThat(items.get(0).get("class").asText()).isEqualTo("real");
    assertThat(items.get(1).get("class").asText()).isIn("suspicious", "mass_follower");
    assertThat(items.get(1).get("probabilityInauthentic").asDouble()).isGreaterThan(items.get(0).get("probabilityInauthentic").asDouble());
    assertThat(items.get(2).get("confidence").asDouble()).as("fewer known fields, less evidence")
        .isLessThan(items.get(0).get("confidence").asDouble());
  }

  @Test
  void a_brand_user_may_classify_too() {
    ApiClient.Response response = anonymous.as(Tokens.person("bob@acme.example")).postJson("/v1/accounts/classify", "{\"accounts\": [" + BOT + "]}");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }

  @Test
  void a_thousand_profiles_are_accepted() {
    String accounts = String.join(", ", java.util.Collections.nCopies(1000, BOT));
    ApiClient.Response response = partner.postJson("/v1/accounts/classify", "{\"accounts\": [" + accounts + "]}");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().get("items")).hasSize(1000);
  }

  static Stream<Arguments> badBodies() {
    return Stream.of(
        Arguments.of("a missing count", "{\"accounts\": [" + PERSON + ", {\"postsCount\": 1, \"followingCount\": 2}]}",
            "validation-failed", "accounts[1].followersCount"),
        Arguments.of("a negative count", "{\"accounts\": [" + PERSON + ", " + PERSON + ", " + PERSON
            + ", {\"postsCount\": 1, \"followersCount\": -4, \"followingCount\": 2}]}", "validation-failed", "accounts[3].followersCount"),
        Arguments.of("a count that is a string", "{\"accounts\": [{\"postsCount\": \"12\", \"followersCount\": 1, \"followingCount\": 2}]}",
            "validation-failed", "accounts[0].postsCount"),
        Arguments.of("a fractional count", "{\"accounts\": [{\"postsCount\": 1.5, \"followersCount\": 1, \"followingCount\": 2}]}",
            "validation-failed", "accounts[0].postsCount"),
        Arguments.of("a flag that is a string", "{\"accounts\": [{\"isPrivate\": \"yes\", \"postsCount\": 1, \"followersCount\": 1, \"followingCount\": 2}]}",
            "validation-failed", "accounts[0].isPrivate"),
        Arguments.of("a username that is a number", "{\"accounts\": [{\"username\": 7, \"postsCount\": 1, \"followersCount\": 1, \"followingCount\": 2}]}",
            "validation-failed", "accounts[0].username"),
        Arguments.of("an unknown field", "{\"accounts\": [{\"likes\": 7, \"postsCount\": 1, \"followersCount\": 1, \"followingCount\": 2}]}",
            "validation-failed", "accounts[0].likes"),
        Arguments.of("a profile that is not an object", "{\"accounts\": [" + PERSON + ", 42]}", "validation-failed", "accounts[1]"),
        Arguments.of("no accounts field", "{\"profiles\": []}", "validation-failed", "accounts"),
        Arguments.of("accounts not a list", "{\"accounts\": {}}", "validation-failed", "accounts"),
        Arguments.of("an empty list", "{\"accounts\": []}", "validation-failed", "accounts"),
        Arguments.of("too many profiles", "{\"accounts\": [" + String.join(",", java.util.Collections.nCopies(1001, BOT)) + "]}",
            "validation-failed", "accounts"),
        Arguments.of("malformed JSON", "{\"accounts\": [", "malformed-request", null),
        Arguments.of("a list instead of an object", "[" + PERSON + "]", "malformed-request", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badBodies")
  void bad_input_is_a_problem_naming_the_field(String description, String body, String type, String field) {
    ApiClient.Response response = partner.postJson("/v1/accounts/classify", body);

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("type").asText()).endsWith("/" + type);
    if (field != null) {
      assertThat(response.json().get("errors").findValuesAsText("field")).as(response.body()).contains(field);
    }
  }

  @Test
  void anonymous_callers_and_creators_are_refused() {
    assertThat(anonymous.postJson("/v1/accounts/classify", "{\"accounts\": [" + BOT + "]}").status()).isEqualTo(401);
    ApiClient.Response creator = anonymous.as(Tokens.person("chloe@creators.example"))
        .postJson("/v1/accounts/classify", "{\"accounts\": [" + BOT + "]}");
    assertThat(creator.status()).isEqualTo(403);
    assertThat(creator.contentType()).startsWith("application/problem+json");
  }
}
