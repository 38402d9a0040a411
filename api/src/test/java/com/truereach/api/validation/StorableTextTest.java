package com.truereach.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.truereach.api.campaigns.CampaignFixtures;
import com.truereach.api.creators.CreatorFixtures;
import com.truereach.api.testsupport.ApiClient;
import com.truereach.api.testsupport.IntegrationTest;
import com.truereach.api.testsupport.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Free text that PostgreSQL could not store as sent (a NUL, half a surrogate pair) is refused by
 * validation with the field named, and nothing is written, on every endpoint that stores free text
 * from a JSON body. (Notes, messages, proposals and contests have the same cases in their own tests.)
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StorableTextTest implements IntegrationTest {

  private static final String NUL = "a\\u0000b";
  private static final String LONE_SURROGATE = "a\\ud83db";

  @Inject EmbeddedServer server;
  ApiClient anonymous;
  ApiClient alice;
  String creator;

  @BeforeAll
  void clients() {
    anonymous = new ApiClient(server.getURL());
    alice = anonymous.as(Tokens.person("alice@acme.example"));
    creator = anonymous.as(Tokens.acmePartner("creators:write"))
        .postJson("/v1/creators", CreatorFixtures.aNicheCreatorFromLyon("storable-" + UUID.randomUUID())).json().get("id").asText();
  }

  @Test
  void text_is_storable_unless_it_holds_a_nul_or_half_a_surrogate_pair() {
    assertThat(StorableText.Check.isStorable("Crème brûlée 🍮 in Lyon")).isTrue();
    assertThat(StorableText.Check.isStorable("")).isTrue();
    assertThat(StorableText.Check.isStorable("a\u0000b")).isFalse();
    assertThat(StorableText.Check.isStorable("a\ud83d")).as("high surrogate at the end").isFalse();
    assertThat(StorableText.Check.isStorable("a\ud83db")).as("high surrogate without its low half").isFalse();
    assertThat(StorableText.Check.isStorable("\udc00b")).as("low surrogate alone").isFalse();
    assertThat(StorableText.Check.isStorable("\udc00\ud83d")).as("halves in the wrong order").isFalse();
  }

  Stream<Arguments> badTexts() {
    return Stream.of(Arguments.of("a NUL", NUL), Arguments.of("half a surrogate pair", LONE_SURROGATE));
  }

  @ParameterizedTest(name = "shortlist name with {0}")
  @MethodSource("badTexts")
  void a_shortlist_name(String what, String text) {
    int before = alice.get("/v1/shortlists").json().get("items").size();
    refused(alice.postJson("/v1/shortlists", "{\"name\": \"" + text + "\"}"), "name");
    assertThat(alice.get("/v1/shortlists").json().get("items").size()).as("nothing stored").isEqualTo(before);
  }

  @ParameterizedTest(name = "shortlist entry note with {0}")
  @MethodSource("badTexts")
  void a_shortlist_entry_note(String what, String text) {
    String list = alice.postJson("/v1/shortlists", "{\"name\": \"Storable " + UUID.randomUUID() + "\"}").json().get("id").asText();
    refused(alice.send("PUT", "/v1/shortlists/" + list + "/creators/" + creator, "{\"note\": \"" + text + "\"}"), "note");
    assertThat(alice.get("/v1/shortlists/" + list).json().findValues("creatorId")).as("nothing stored").isEmpty();
  }

  @ParameterizedTest(name = "campaign title with {0}")
  @MethodSource("badTexts")
  void a_campaign_title(String what, String text) {
    int before = alice.get("/v1/campaigns").json().get("items").size();
    refused(alice.postJson("/v1/campaigns", CampaignFixtures.aSpringFoodCampaign(text)), "title");
    assertThat(alice.get("/v1/campaigns").json().get("items").size()).as("nothing stored").isEqualTo(before);
  }

  @ParameterizedTest(name = "campaign description and usage rights with {0}")
  @MethodSource("badTexts")
  void a_campaign_description_and_usage_rights(String what, String text) {
    String body = CampaignFixtures.aSpringFoodCampaign("Spring " + UUID.randomUUID())
        .replace("Recipes with our spring vegetables", text).replace("Organic reuse for 6 months", text);
    ApiClient.Response response = alice.postJson("/v1/campaigns", body);
    refused(response, "description");
    assertThat(response.json().get("errors").findValuesAsText("field")).contains("usageRights");
  }

  @ParameterizedTest(name = "partner client name with {0}")
  @MethodSource("badTexts")
  void a_partner_client_name(String what, String text) {
    int before = alice.get("/v1/clients").json().get("items").size();
    refused(alice.postJson("/v1/clients", "{\"name\": \"" + text + "\", \"scopes\": [\"creators:read\"]}"), "name");
    assertThat(alice.get("/v1/clients").json().get("items").size()).as("nothing stored").isEqualTo(before);
  }

  @ParameterizedTest(name = "organisation and admin names at sign-up with {0}")
  @MethodSource("badTexts")
  void a_tenant_signup(String what, String text) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    ApiClient.Response response = anonymous.postJson("/v1/signups/tenants", """
        {"organizationName": "%s", "tenantId": "brand-%s", "kind": "brand",
         "admin": {"email": "admin-%s@brand.example", "firstName": "%s", "lastName": "Admin", "password": "correct horse battery"}}
        """.formatted(text, suffix, suffix, text));
    refused(response, "organizationName");
    assertThat(response.json().get("errors").findValuesAsText("field")).contains("admin.firstName");
    assertThat(canLogIn("admin-" + suffix + "@brand.example", "correct horse battery")).as("no account created").isFalse();
  }

  @ParameterizedTest(name = "creator display name at sign-up with {0}")
  @MethodSource("badTexts")
  void a_creator_signup(String what, String text) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    refused(anonymous.postJson("/v1/signups/creators", """
        {"account": {"email": "creator-%s@creators.example", "firstName": "Cleo", "lastName": "Creator", "password": "correct horse battery"},
         "displayName": "%s", "country": "FR"}
        """.formatted(suffix, text)), "displayName");
    assertThat(canLogIn("creator-" + suffix + "@creators.example", "correct horse battery")).as("no account created").isFalse();
  }

  private static boolean canLogIn(String email, String password) {
    try {
      Tokens.personWithPassword(email, password);
      return true;
    } catch (IllegalStateException refused) {
      return false;
    }
  }

  private static void refused(ApiClient.Response response, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().get("errors").findValuesAsText("field")).as(response.body()).contains(field);
    assertThat(response.body()).contains(StorableText.MESSAGE);
  }
}
