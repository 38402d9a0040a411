package com.truereach.api.applications;

import static com.truereach.api.applications.MarketplaceFixtures.aFoodCreatorFromParis;
import static com.truereach.api.applications.MarketplaceFixtures.aProposalFor;
import static com.truereach.api.applications.MarketplaceFixtures.aPublishedCampaign;
import static org.assertj.core.api.Assertions.assertThat;

import com.truereach.api.applications.MarketplaceFixtures.SignedUpCreator;
import com.truereach.api.campaigns.CampaignFixtures;
import com.truereach.api.testsupport.ApiClient;
import com.truereach.api.testsupport.IntegrationTest;
import com.truereach.api.testsupport.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad proposals, invitations and messages get a clear 4xx naming the field, and store nothing. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProposalValidationTest implements IntegrationTest {

  @Inject EmbeddedServer server;
  ApiClient alice;
  SignedUpCreator creator;
  String campaign;

  @BeforeAll
  void setUp() {
    ApiClient anonymous = new ApiClient(server.getURL());
    alice = anonymous.as(Tokens.person("alice@acme.example"));
    creator = aFoodCreatorFromParis(anonymous, "Vera Validation", 30_000, 40_000);
    campaign = aPublishedCampaign(alice, CampaignFixtures.aSpringFoodCampaign("Validated proposals"));
  }

  Stream<Arguments> badProposals() {
    LocalDate due = LocalDate.now().plusDays(21);
    return Stream.of(
        Arguments.of("a rate above the range", "\"amount\": 40000", "\"amount\": 150001", "proposedRate.amount"),
        Arguments.of("a rate below the range", "\"amount\": 40000", "\"amount\": 19999", "proposedRate.amount"),
        Arguments.of("another currency", "\"currency\": \"EUR\"", "\"currency\": \"USD\"", "proposedRate.currency"),
        Arguments.of("a due date in the past", due.toString(), LocalDate.now().minusDays(1).toString(), "deliverablePlan[0].dueOn"),
        Arguments.of("a due date after the campaign ends", due.toString(), LocalDate.now().plusDays(60).toString(), "deliverablePlan[0].dueOn"),
        Arguments.of("a platform the campaign does not use", "\"platform\": \"instagram\"", "\"platform\": \"youtube\"", "deliverablePlan[0].platform"),
        Arguments.of("an oversize pitch", "\"pitch\": \"Two reels", "\"pitch\": \"" + "x".repeat(5001) + "Two reels", "pitch"),
        Arguments.of("a blank pitch", "\"pitch\": \"Two reels cooking your spring vegetables at a Paris market.\"", "\"pitch\": \"  \"", "pitch"),
        Arguments.of("no deliverables", "\"deliverablePlan\": [{", "\"deliverablePlan\": [], \"unused\": [{", "deliverablePlan"),
        Arguments.of("a negative rate", "\"amount\": 40000", "\"amount\": -5", "proposedRate.amount"),
        Arguments.of("a NUL in the pitch", "\"pitch\": \"Two reels", "\"pitch\": \"Two\\u0000reels", "pitch"),
        Arguments.of("half a surrogate pair in the pitch", "\"pitch\": \"Two reels", "\"pitch\": \"Two\\ud83dreels", "pitch"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badProposals")
  void a_bad_proposal_is_refused_with_its_field_and_nothing_is_stored(String what, String from, String to, String field) {
    String body = aProposalFor(campaign, 40_000).replace(from, to);
    assertThat(body).as("the fixture changed: %s", what).isNotEqualTo(aProposalFor(campaign, 40_000));
    ApiClient.Response refused = creator.client().postJson("/v1/me/applications", body);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsText("field")).anySatisfy(f -> assertThat(f).contains(field));
    assertThat(creator.client().get("/v1/me/applications").json().get("items").findValuesAsText("campaignId"))
        .as("nothing stored").doesNotContain(campaign);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInvitations")
  void a_bad_invitation_is_refused_and_nobody_is_invited(String what, String body, int status) {
    ApiClient.Response refused = alice.postJson("/v1/campaigns/" + campaign + "/invitations", body);
    assertThat(refused.status()).as(what + ": " + refused.body()).isEqualTo(status);
    assertThat(alice.get("/v1/campaigns/" + campaign + "/invitations").json().get("items")).as("nobody invited").isEmpty();
  }

  Stream<Arguments> badInvitations() {
    return Stream.of(
        Arguments.of("neither ids nor shortlist", "{\"message\": \"hi\"}", 400),
        Arguments.of("both ids and shortlist", "{\"creatorIds\": [\"" + creatorId() + "\"], \"shortlistId\": \"" + creatorId() + "\"}", 400),
        Arguments.of("a creator that does not exist", "{\"creatorIds\": [\"" + creatorId() + "\", \"" + java.util.UUID.randomUUID() + "\"]}", 400),
        Arguments.of("not an id", "{\"creatorIds\": [\"nope\"]}", 400),
        Arguments.of("someone else's shortlist", "{\"shortlistId\": \"" + java.util.UUID.randomUUID() + "\"}", 400),
        Arguments.of("an oversize message", "{\"creatorIds\": [\"" + creatorId() + "\"], \"message\": \"" + "m".repeat(2001) + "\"}", 400),
        Arguments.of("a NUL in the message", "{\"creatorIds\": [\"" + creatorId() + "\"], \"message\": \"a\\u0000b\"}", 400));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badMessages")
  void a_bad_message_is_refused_and_nothing_is_stored(String what, String body) {
    String application = applicationOfCreator();
    ApiClient.Response refused = alice.postJson("/v1/applications/" + application + "/messages", body);
    assertThat(refused.status()).as(what + ": " + refused.body()).isEqualTo(400);
    assertThat(alice.get("/v1/applications/" + application + "/messages").json().get("items")).isEmpty();
  }

  Stream<Arguments> badMessages() {
    return Stream.of(
        Arguments.of("an empty message", "{\"body\": \"\"}"),
        Arguments.of("an oversize message", "{\"body\": \"" + "b".repeat(5001) + "\"}"),
        Arguments.of("no body field", "{\"text\": \"hello\"}"),
        Arguments.of("a NUL character", "{\"body\": \"a\\u0000b\"}"),
        Arguments.of("half a surrogate pair", "{\"body\": \"a\\udc00b\"}"));
  }

  private String creatorId() {
    return creator.id();
  }

  private String applicationOfCreator() {
    String other = aPublishedCampaign(alice, CampaignFixtures.aSpringFoodCampaign("Messages " + java.util.UUID.randomUUID()));
    ApiClient.Response applied = creator.client().postJson("/v1/me/applications", aProposalFor(other, 40_000));
    assertThat(applied.status()).as(applied.body()).isEqualTo(201);
    return applied.json().get("id").asText();
  }
}
