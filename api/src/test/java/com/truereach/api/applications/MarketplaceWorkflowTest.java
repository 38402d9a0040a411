package com.truereach.api.applications;

import static com.truereach.api.applications.MarketplaceFixtures.aFoodCreatorFromParis;
import static com.truereach.api.applications.MarketplaceFixtures.aProposalFor;
import static com.truereach.api.applications.MarketplaceFixtures.aPublishedCampaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.truereach.api.applications.MarketplaceFixtures.SignedUpCreator;
import com.truereach.api.campaigns.CampaignFixtures;
import com.truereach.api.testsupport.ApiClient;
import com.truereach.api.testsupport.IntegrationTest;
import com.truereach.api.testsupport.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A campaign from draft to closed with creators applying, invited, accepted and declined; messages; notifications. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarketplaceWorkflowTest implements IntegrationTest {

  @Inject EmbeddedServer server;
  ApiClient anonymous;
  ApiClient alice;
  ApiClient bob;
  SignedUpCreator cleo;
  SignedUpCreator dario;

  @BeforeAll
  void people() {
    anonymous = new ApiClient(server.getURL());
    alice = anonymous.as(Tokens.person("alice@acme.example"));
    bob = anonymous.as(Tokens.person("bob@acme.example"));
    cleo = aFoodCreatorFromParis(anonymous, "Cleo Marché", 80_000, 60_000);
    dario = aFoodCreatorFromParis(anonymous, "Dario Cucina", 40_000, 30_000);
  }

  @Test
  void a_campaign_goes_from_draft_to_closed_with_one_creator_accepted_and_one_declined() {
    String campaign = aPublishedCampaign(alice, CampaignFixtures.aSpringFoodCampaign("Spring market walk"));

    // Cleo finds it on her side of the marketplace, ranked with how well she fits, and applies.
    await().atMost(Duration.ofSeconds(30)).until(() -> cleo.client().get("/v1/me/campaigns").json().get("profileScored").asBoolean());
    JsonNode open = openCampaign(cleo, campaign);
    assertThat(open.get("fit").get("engagedInTarget").asDouble()).isPositive();
    assertThat(open.get("fit").get("parts").findValuesAsText("name")).contains("organic reach", "audience in target", "niche relevance");
    ApiClient.Response applied = cleo.client().postJson("/v1/me/applications", aProposalFor(campaign, 60_000));
    assertThat(applied.status()).as(applied.body()).isEqualTo(201);
    String cleoApplication = applied.json().get("id").asText();

    // Dario is invited from a shortlist, sees the invitation and accepts it, which applies.
    String shortlist = alice.postJson("/v1/shortlists", "{\"name\": \"Spring food\"}").json().get("id").asText();
    assertThat(alice.send("PUT", "/v1/shortlists/" + shortlist + "/creators/" + dario.id(), "{\"note\": \"market videos\"}").status()).isEqualTo(200);
    ApiClient.Response invited = alice.postJson("/v1/campaigns/" + campaign + "/invitations",
        "{\"shortlistId\": \"" + shortlist + "\", \"message\": \"We love your market videos\"}");
    assertThat(invited.status()).as(invited.body()).isEqualTo(201);
    JsonNode invitation = dario.client().get("/v1/me/invitations").json().get("items").get(0);
    assertThat(invitation.get("campaignId").asText()).isEqualTo(campaign);
    assertThat(invitation.get("message").asText()).isEqualTo("We love your market videos");
    ApiClient.Response accepted = dario.client().postJson("/v1/me/invitations/" + invitation.get("id").asText() + "/accept",
        aProposalFor(campaign, 30_000).replace("\"campaignId\": \"" + campaign + "\",", ""));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
    String darioApplication = accepted.json().get("id").asText();
    assertThat(accepted.json().get("invitationId").asText()).isEqualTo(invitation.get("id").asText());
    assertThat(alice.get("/v1/campaigns/" + campaign + "/invitations").json().get("items").get(0).get("state").asText()).isEqualTo("accepted");

    // The brand reads both, shortlists Cleo, accepts her and declines Dario.
    JsonNode applications = alice.get("/v1/campaigns/" + campaign + "/applications").json();
    assertThat(applications.get("items").findValuesAsText("id")).containsExactlyInAnyOrder(cleoApplication, darioApplication);
    assertThat(bob.postJson("/v1/applications/" + cleoApplication + "/shortlist", "").json().get("state").asText()).isEqualTo("shortlisted");
    assertThat(alice.postJson("/v1/applications/" + cleoApplication + "/accept", "").json().get("state").asText()).isEqualTo("accepted");
    assertThat(alice.postJson("/v1/applications/" + darioApplication + "/decline", "").json().get("state").asText()).isEqualTo("declined");
    assertThat(alice.get("/v1/campaigns/" + campaign + "/applications").json().get("acceptedTotal").asLong()).isEqualTo(60_000);

    // They talk on Cleo's application; read state moves when she marks it read.
    assertThat(alice.postJson("/v1/applications/" + cleoApplication + "/messages", "{\"body\": \"Welcome aboard! Can you film on Saturday?\"}")
        .status()).isEqualTo(201);
    JsonNode cleoView = cleo.client().get("/v1/applications/" + cleoApplication + "/messages").json();
    assertThat(cleoView.get("unread").asLong()).isEqualTo(1);
    assertThat(cleo.client().postJson("/v1/applications/" + cleoApplication + "/messages/read", "").json().get("unread").asLong()).isZero();
    assertThat(cleo.client().postJson("/v1/applications/" + cleoApplication + "/messages", "{\"body\": \"Saturday works.\"}").status()).isEqualTo(201);
    JsonNode aliceView = alice.get("/v1/applications/" + cleoApplication + "/messages").json();
    assertThat(aliceView.get("items").findValuesAsText("sender")).containsExactly("brand", "creator");
    assertThat(aliceView.get("items").get(0).get("readAt").isNull()).isFalse();
    assertThat(aliceView.get("unread").asLong()).isEqualTo(1);

    // Each creator sees the state of their own application, with who decided and when.
    JsonNode darioMine = dario.client().get("/v1/me/applications/" + darioApplication).json();
    assertThat(darioMine.get("state").asText()).isEqualTo("declined");
    assertThat(darioMine.get("history").findValuesAsText("to")).containsExactly("submitted", "declined");
    assertThat(cleo.client().get("/v1/me/applications").json().get("items").get(0).get("state").asText()).isEqualTo("accepted");

    assertThat(alice.postJson("/v1/campaigns/" + campaign + "/close", "").json().get("state").asText()).isEqualTo("closed");

    // Every change was an event: in the tenant's feed, and in each creator's notifications about them.
    List<String> types = new ArrayList<>();
    alice.get("/v1/events?limit=200").json().get("items").forEach(e -> {
      if (e.get("data").path("campaignId").asText().equals(campaign)) {
        types.add(e.get("type").asText());
      }
    });
    assertThat(types).containsExactly("campaign.published", "application.submitted", "invitation.created", "application.submitted",
        "invitation.accepted", "application.shortlisted", "application.accepted", "application.declined", "message.sent",
        "message.sent", "campaign.closed");
    JsonNode darioNotes = dario.client().get("/v1/notifications").json();
    assertThat(darioNotes.get("items").findValuesAsText("type")).contains("invitation.created", "application.declined")
        .doesNotContain("application.accepted", "campaign.published");
    assertThat(darioNotes.get("unreadCount").asLong()).isPositive();
    long newest = darioNotes.get("items").get(0).get("event").get("seq").asLong();
    JsonNode afterRead = dario.client().postJson("/v1/notifications/read", "{\"upTo\": " + newest + "}").json();
    assertThat(afterRead.get("unreadCount").asLong()).isZero();
  }

  @Test
  void every_illegal_transition_is_a_409_problem_that_changes_nothing() {
    String campaign = aPublishedCampaign(alice, CampaignFixtures.aSpringFoodCampaign("Illegal moves"));
    String application = cleo.client().postJson("/v1/me/applications", aProposalFor(campaign, 50_000)).json().get("id").asText();
    assertConflict(cleo.client().postJson("/v1/me/applications", aProposalFor(campaign, 50_000)));

    assertThat(alice.postJson("/v1/applications/" + application + "/accept", "").status()).isEqualTo(200);
    assertConflict(alice.postJson("/v1/applications/" + application + "/accept", ""));
    assertConflict(alice.postJson("/v1/applications/" + application + "/decline", ""));
    assertConflict(alice.postJson("/v1/applications/" + application + "/shortlist", ""));
    assertConflict(cleo.client().postJson("/v1/me/applications/" + application + "/withdraw", ""));

    String second = aPublishedCampaign(alice, CampaignFixtures.aSpringFoodCampaign("Withdrawn"));
    String withdrawn = cleo.client().postJson("/v1/me/applications", aProposalFor(second, 50_000)).json().get("id").asText();
    assertThat(cleo.client().postJson("/v1/me/applications/" + withdrawn + "/withdraw", "").json().get("state").asText()).isEqualTo("withdrawn");
    assertConflict(cleo.client().postJson("/v1/me/applications/" + withdrawn + "/withdraw", ""));
    assertConflict(alice.postJson("/v1/applications/" + withdrawn + "/accept", ""));
    assertConflict(alice.postJson("/v1/applications/" + withdrawn + "/shortlist", ""));

    // An invitation is answered once; a closed campaign takes no invitations and no applications.
    String invitation = alice.postJson("/v1/campaigns/" + second + "/invitations", "{\"creatorIds\": [\"" + dario.id() + "\"]}")
        .json().get("invited").get(0).get("id").asText();
    assertThat(dario.client().postJson("/v1/me/invitations/" + invitation + "/decline", "").json().get("state").asText()).isEqualTo("declined");
    assertConflict(dario.client().postJson("/v1/me/invitations/" + invitation + "/decline", ""));
    String proposal = aProposalFor(second, 30_000).replace("\"campaignId\": \"" + second + "\",", "");
    assertConflict(dario.client().postJson("/v1/me/invitations/" + invitation + "/accept", proposal));
    alice.postJson("/v1/campaigns/" + second + "/close", "");
    assertConflict(alice.postJson("/v1/campaigns/" + second + "/invitations", "{\"creatorIds\": [\"" + cleo.id() + "\"]}"));
    assertConflict(cleo.client().postJson("/v1/me/applications", aProposalFor(second, 50_000)));
    assertThat(alice.get("/v1/applications/" + application).json().get("history").findValuesAsText("to"))
        .containsExactly("submitted", "accepted");
  }

  @Test
  void two_admins_accepting_at_once_end_with_one_decision() {
    String campaign = aPublishedCampaign(alice, CampaignFixtures.aSpringFoodCampaign("Race to accept"));
    String application = dario.client().postJson("/v1/me/applications", aProposalFor(campaign, 30_000)).json().get("id").asText();
    List<CompletableFuture<Integer>> racers = Stream.of(alice, bob, alice, bob)
        .map(admin -> CompletableFuture.supplyAsync(() -> admin.postJson("/v1/applications/" + application + "/accept", "").status()))
        .toList();
    assertThat(racers.stream().map(CompletableFuture::join).sorted().toList()).containsExactly(200, 409, 409, 409);
    JsonNode stored = alice.get("/v1/applications/" + application).json();
    assertThat(stored.get("history").findValuesAsText("to")).containsExactly("submitted", "accepted");
    long acceptedEvents = alice.get("/v1/events?limit=200").json().get("items").findValues("data").stream()
        .filter(d -> d.path("applicationId").asText().equals(application) && d.path("state").asText().equals("accepted")).count();
    assertThat(acceptedEvents).isEqualTo(1);
  }

  @Test
  void accepted_applications_never_exceed_the_budget_even_when_accepted_at_once() {
    // Budget 100,000: of 60,000 + 50,000 + 40,000 at most two fit (60k + 40k), whatever the order.
    String body = CampaignFixtures.aSpringFoodCampaign("Tight budget")
        .replace("\"budget\": {\"amount\": 500000", "\"budget\": {\"amount\": 100000")
        .replace("\"max\": 150000", "\"max\": 80000");
    String campaign = aPublishedCampaign(alice, body);
    SignedUpCreator third = aFoodCreatorFromParis(anonymous, "Elsa Four", 20_000, 40_000);
    List<String> applications = List.of(
        cleo.client().postJson("/v1/me/applications", aProposalFor(campaign, 60_000)).json().get("id").asText(),
        dario.client().postJson("/v1/me/applications", aProposalFor(campaign, 50_000)).json().get("id").asText(),
        third.client().postJson("/v1/me/applications", aProposalFor(campaign, 40_000)).json().get("id").asText());
    List<CompletableFuture<ApiClient.Response>> racers = applications.stream()
        .map(id -> CompletableFuture.supplyAsync(() -> alice.postJson("/v1/applications/" + id + "/accept", ""))).toList();
    List<ApiClient.Response> answers = racers.stream().map(CompletableFuture::join).toList();

    long total = alice.get("/v1/campaigns/" + campaign + "/applications?state=accepted").json().get("items").findValues("proposedRate")
        .stream().mapToLong(rate -> rate.get("amount").asLong()).sum();
    assertThat(total).isLessThanOrEqualTo(100_000).isPositive();
    assertThat(answers).anySatisfy(a -> {
      assertThat(a.status()).isEqualTo(409);
      assertThat(a.json().get("detail").asText()).contains("budget");
    });
    assertThat(alice.get("/v1/campaigns/" + campaign + "/applications").json().get("acceptedTotal").asLong()).isEqualTo(total);
  }

  @Test
  void a_creator_sees_only_their_own_side() {
    String campaign = aPublishedCampaign(alice, CampaignFixtures.aSpringFoodCampaign("Own side only"));
    String cleos = cleo.client().postJson("/v1/me/applications", aProposalFor(campaign, 50_000)).json().get("id").asText();
    alice.postJson("/v1/applications/" + cleos + "/messages", "{\"body\": \"Private to Cleo\"}");

    // Another creator: no read, no write, not even existence.
    assertThat(dario.client().get("/v1/me/applications/" + cleos).status()).isEqualTo(404);
    assertThat(dario.client().get("/v1/applications/" + cleos + "/messages").status()).isEqualTo(404);
    assertThat(dario.client().postJson("/v1/applications/" + cleos + "/messages", "{\"body\": \"hi\"}").status()).isEqualTo(404);
    assertThat(dario.client().postJson("/v1/me/applications/" + cleos + "/withdraw", "").status()).isEqualTo(404);
    assertThat(dario.client().get("/v1/me/applications").body()).doesNotContain(cleos);
    assertThat(cleo.client().get("/v1/me/applications/" + cleos).json().get("state").asText()).isEqualTo("submitted");

    // Drafts and invitation-only campaigns stay out of sight unless invited.
    String draft = alice.postJson("/v1/campaigns", CampaignFixtures.aSpringFoodCampaign("Still a draft")).json().get("id").asText();
    String privateCampaign = aPublishedCampaign(alice, CampaignFixtures.aSpringFoodCampaign("By invitation")
        .replace("\"visibility\": \"public\"", "\"visibility\": \"invitation_only\""));
    assertThat(cleo.client().get("/v1/me/campaigns/" + draft).status()).isEqualTo(404);
    assertThat(cleo.client().get("/v1/me/campaigns/" + privateCampaign).status()).isEqualTo(404);
    assertThat(cleo.client().get("/v1/me/campaigns").body()).doesNotContain(draft).doesNotContain(privateCampaign);
    assertThat(cleo.client().postJson("/v1/me/applications", aProposalFor(draft, 50_000)).status()).isEqualTo(404);
    alice.postJson("/v1/campaigns/" + privateCampaign + "/invitations", "{\"creatorIds\": [\"" + cleo.id() + "\"]}");
    assertThat(cleo.client().get("/v1/me/campaigns/" + privateCampaign).status()).as("invited, so visible").isEqualTo(200);
    assertThat(dario.client().get("/v1/me/campaigns/" + privateCampaign).status()).isEqualTo(404);
    assertConflict(cleo.client().postJson("/v1/me/applications", aProposalFor(privateCampaign, 50_000)));

    // The creator's side is for creators; the brand's routes are for the brand.
    assertThat(alice.get("/v1/me/campaigns").status()).isEqualTo(403);
    assertThat(cleo.client().get("/v1/campaigns/" + campaign + "/applications").status()).isEqualTo(403);
    assertThat(cleo.client().postJson("/v1/applications/" + cleos + "/accept", "").status()).isEqualTo(403);
    assertThat(anonymous.as(Tokens.person("nina@northwind.example")).get("/v1/applications/" + cleos).status()).isEqualTo(404);
  }

  private static JsonNode openCampaign(SignedUpCreator creator, String campaign) {
    for (JsonNode item : creator.client().get("/v1/me/campaigns").json().get("items")) {
      if (item.get("campaign").get("id").asText().equals(campaign)) {
        return item;
      }
    }
    throw new AssertionError("campaign " + campaign + " not among the creator's open campaigns");
  }

  private static void assertConflict(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(409);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("type").asText()).endsWith("/conflict");
  }
}
