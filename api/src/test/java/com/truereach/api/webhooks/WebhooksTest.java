package com.truereach.api.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.truereach.api.applications.MarketplaceFixtures;
import com.truereach.api.campaigns.CampaignFixtures;
import com.truereach.api.testsupport.ApiClient;
import com.truereach.api.testsupport.IntegrationTest;
import com.truereach.api.testsupport.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Outbound webhooks against a real HTTP receiver: signed deliveries, retries with backoff after
 * failures, the dead-letter list and replay. The test configuration retries after 300 ms (doubling)
 * and gives up after 3 attempts.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhooksTest implements IntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject EmbeddedServer server;
  ApiClient anonymous;
  ApiClient nina;
  ApiClient partner;
  WebhookReceiver receiver;

  @BeforeAll
  void setUp() {
    anonymous = new ApiClient(server.getURL());
    // Northwind: its events are not mixed with the other suites' acme campaigns.
    nina = anonymous.as(Tokens.person("nina@northwind.example"));
    partner = anonymous.as(Tokens.northwindPartner("campaigns:write"));
    receiver = new WebhookReceiver();
  }

  @AfterAll
  void stop() {
    receiver.close();
    // Leave no subscription behind to send to a receiver that is gone.
    nina.get("/v1/webhooks").json().get("items").forEach(w -> nina.delete("/v1/webhooks/" + w.get("id").asText()));
  }

  @Test
  void a_published_campaign_reaches_the_partner_signed_and_verifiable() throws Exception {
    ApiClient.Response subscribed = partner.postJson("/v1/webhooks",
        "{\"url\": \"" + receiver.url() + "\", \"events\": [\"campaign.published\", \"application.submitted\"]}");
    assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(201);
    String secret = subscribed.json().get("secret").asText();
    String webhook = subscribed.json().get("webhook").get("id").asText();
    assertThat(secret).startsWith("whsec_");
    assertThat(partner.get("/v1/webhooks/" + webhook).body()).doesNotContain(secret);

    int before = receiver.received().size();
    String campaign = MarketplaceFixtures.aPublishedCampaign(nina, CampaignFixtures.aSpringFoodCampaign("Signed hooks"));
    WebhookReceiver.Received delivery = awaitDelivery(before, campaign, "campaign.published");

    assertThat(delivery.header("TrueReach-Event-Type")).isEqualTo("campaign.published");
    JsonNode body = JSON.readTree(delivery.body());
    assertThat(body.get("id").asText()).isEqualTo(delivery.header("TrueReach-Event-Id"));
    assertThat(body.get("data").get("title").asText()).isEqualTo("Signed hooks");
    String signature = delivery.header(WebhookSignature.HEADER);
    long now = Instant.now().getEpochSecond();
    assertThat(WebhookSignature.verify(secret, signature, delivery.body(), now, 300)).isTrue();
    assertThat(WebhookSignature.verify(secret, signature, delivery.body().replace("Signed hooks", "Forged hooks"), now, 300)).isFalse();
    assertThat(WebhookSignature.verify("whsec_wrong", signature, delivery.body(), now, 300)).isFalse();
    assertThat(WebhookSignature.verify(secret, signature, delivery.body(), now + 3600, 300)).as("an old delivery replayed by someone else").isFalse();

    JsonNode deliveries = partner.get("/v1/webhooks/" + webhook + "/deliveries?state=delivered").json().get("items");
    assertThat(deliveries.findValuesAsText("eventType")).contains("campaign.published");
    partner.delete("/v1/webhooks/" + webhook);
  }

  @Test
  void a_failing_receiver_is_retried_with_backoff_until_it_answers() {
    String webhook = subscribe("campaign.closed");
    receiver.failNext(2);
    int before = receiver.received().size();
    String campaign = MarketplaceFixtures.aPublishedCampaign(nina, CampaignFixtures.aSpringFoodCampaign("Retried hooks"));
    assertThat(nina.postJson("/v1/campaigns/" + campaign + "/close", "").status()).isEqualTo(200);

    await().atMost(Duration.ofSeconds(20)).until(() -> attempts(before, campaign).size() == 3);
    List<WebhookReceiver.Received> attempts = attempts(before, campaign);
    assertThat(attempts.stream().map(a -> a.header("TrueReach-Event-Id")).distinct()).as("one event, tried three times").hasSize(1);
    Duration firstWait = Duration.between(attempts.get(0).at(), attempts.get(1).at());
    Duration secondWait = Duration.between(attempts.get(1).at(), attempts.get(2).at());
    assertThat(firstWait).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    assertThat(secondWait).as("the wait doubles").isGreaterThan(firstWait.multipliedBy(11).dividedBy(10));
    await().atMost(Duration.ofSeconds(5)).until(() -> delivery(webhook, campaign).get("state").asText().equals("delivered"));
    JsonNode stored = delivery(webhook, campaign);
    assertThat(stored.get("attempts").asInt()).isEqualTo(3);
    assertThat(stored.get("lastStatus").asInt()).isEqualTo(204);
  }

  @Test
  void a_receiver_that_never_answers_lands_in_the_dead_letter_list_and_replay_delivers_it() {
    String webhook = subscribe("campaign.cancelled");
    receiver.failAlways(true);
    try {
      int before = receiver.received().size();
      String campaign = MarketplaceFixtures.aPublishedCampaign(nina, CampaignFixtures.aSpringFoodCampaign("Dead hooks"));
      assertThat(nina.postJson("/v1/campaigns/" + campaign + "/cancel", "").status()).isEqualTo(200);
      await().atMost(Duration.ofSeconds(20)).until(() -> partner.get("/v1/webhooks/" + webhook + "/deliveries?state=dead").json()
          .get("items").size() == 1);
      JsonNode dead = partner.get("/v1/webhooks/" + webhook + "/deliveries?state=dead").json().get("items").get(0);
      assertThat(dead.get("attempts").asInt()).isEqualTo(3);
      assertThat(dead.get("lastStatus").asInt()).isEqualTo(503);
      assertThat(attempts(before, campaign)).hasSize(3);
    } finally {
      receiver.failAlways(false);
    }

    JsonNode dead = partner.get("/v1/webhooks/" + webhook + "/deliveries?state=dead").json().get("items").get(0);
    ApiClient.Response replayed = partner.postJson("/v1/webhooks/" + webhook + "/deliveries/" + dead.get("id").asText() + "/replay", "");
    assertThat(replayed.status()).as(replayed.body()).isEqualTo(202);
    String replay = replayed.json().get("items").get(0).get("id").asText();
    await().atMost(Duration.ofSeconds(10)).until(() -> partner.get("/v1/webhooks/" + webhook + "/deliveries?state=delivered").json()
        .get("items").findValuesAsText("id").contains(replay));
    JsonNode delivered = partner.get("/v1/webhooks/" + webhook + "/deliveries?state=delivered").json().get("items").get(0);
    assertThat(delivered.get("replayOf").asText()).isEqualTo(dead.get("id").asText());
    assertThat(delivered.get("eventId").asText()).as("the same event, so receivers can de-duplicate").isEqualTo(dead.get("eventId").asText());
    assertThat(partner.get("/v1/webhooks/" + webhook + "/deliveries?state=dead").json().get("items")).as("the original stays as it was").hasSize(1);
  }

  @Test
  void bad_subscriptions_are_refused_and_nothing_is_stored() {
    int before = partner.get("/v1/webhooks").json().get("items").size();
    for (String body : List.of(
        "{\"url\": \"ftp://example.com/hooks\", \"events\": [\"campaign.published\"]}",
        "{\"url\": \"not a url\", \"events\": [\"campaign.published\"]}",
        "{\"url\": \"https://user:pw@example.com/hooks\", \"events\": [\"campaign.published\"]}",
        "{\"url\": \"https://example.com/hooks\", \"events\": [\"campaign.exploded\"]}",
        "{\"url\": \"https://example.com/hooks\", \"events\": [\"campaign.published\", \"contest.resolved\"]}",
        "{\"url\": \"https://example.com/hooks\", \"events\": []}")) {
      ApiClient.Response refused = partner.postJson("/v1/webhooks", body);
      assertThat(refused.status()).as(body + " -> " + refused.body()).isEqualTo(400);
    }
    assertThat(partner.get("/v1/webhooks").json().get("items").size()).isEqualTo(before);
    assertThat(anonymous.as(Tokens.person("noah@northwind.example")).get("/v1/webhooks").status()).as("members do not manage webhooks").isEqualTo(403);
    assertThat(anonymous.as(Tokens.northwindPartner()).get("/v1/webhooks").status()).as("no campaigns:write scope").isEqualTo(403);
  }

  private String subscribe(String event) {
    ApiClient.Response subscribed = partner.postJson("/v1/webhooks", "{\"url\": \"" + receiver.url() + "\", \"events\": [\"" + event + "\"]}");
    assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(201);
    return subscribed.json().get("webhook").get("id").asText();
  }

  private JsonNode delivery(String webhook, String campaign) {
    for (JsonNode d : partner.get("/v1/webhooks/" + webhook + "/deliveries").json().get("items")) {
      return d;
    }
    throw new AssertionError("no delivery for " + campaign);
  }

  private List<WebhookReceiver.Received> attempts(int before, String campaign) {
    List<WebhookReceiver.Received> all = receiver.received();
    return all.subList(before, all.size()).stream().filter(r -> r.body().contains(campaign)).toList();
  }

  private WebhookReceiver.Received awaitDelivery(int before, String campaign, String type) {
    await().atMost(Duration.ofSeconds(15)).until(() -> attempts(before, campaign).stream()
        .anyMatch(r -> type.equals(r.header("TrueReach-Event-Type"))));
    return attempts(before, campaign).stream().filter(r -> type.equals(r.header("TrueReach-Event-Type"))).findFirst().orElseThrow();
  }
}
