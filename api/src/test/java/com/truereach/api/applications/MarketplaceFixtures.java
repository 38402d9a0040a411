package com.truereach.api.applications;

import static org.assertj.core.api.Assertions.assertThat;

import com.truereach.api.creators.CreatorFixtures;
import com.truereach.api.testsupport.ApiClient;
import com.truereach.api.testsupport.Tokens;
import java.time.LocalDate;
import java.util.UUID;

/** Creators who signed up with a full profile, and proposals to campaigns, named after what they are. */
public final class MarketplaceFixtures {

  private static final String PASSWORD = "a-long-enough-password";

  private MarketplaceFixtures() {}

  /** A creator who signed up and owns a profile: their id, a client signed in as them, and their login. */
  public record SignedUpCreator(String id, ApiClient client, String email, String password) {}

  /** Signs a creator up through the API and fills their profile (an Instagram food account in France, EUR rate). */
  public static SignedUpCreator aFoodCreatorFromParis(ApiClient anonymous, String name, long followers, long rate) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String email = "creator-" + suffix + "@creators.example";
    ApiClient.Response signup = anonymous.postJson("/v1/signups/creators", """
        {"account": {"email": "%s", "firstName": "%s", "lastName": "Test", "password": "%s"}, "displayName": "%s", "country": "FR"}
        """.formatted(email, name, PASSWORD, name));
    assertThat(signup.status()).as(signup.body()).isEqualTo(201);
    String id = signup.json().get("creatorId").asText();
    ApiClient me = anonymous.as(Tokens.personWithPassword(email, PASSWORD));
    String etag = me.get("/v1/creators/" + id).header("ETag");
    // A French-speaking audience, as the spring-food campaigns target.
    String profile = CreatorFixtures.aProfiledCreator("self-" + suffix, name, "FR", "food", followers, "FR", 0.7, rate, "recettes")
        .replace("\"languages\": {\"en\": 1.0}", "\"languages\": {\"fr\": 0.8, \"en\": 0.2}")
        .replace("\"languages\": [\"en\"]", "\"languages\": [\"fr\", \"en\"]");
    ApiClient.Response edited = me.with("If-Match", etag).send("PUT", "/v1/creators/" + id, profile);
    assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    return new SignedUpCreator(id, me, email, PASSWORD);
  }

  /** A proposal that fits CampaignFixtures.aSpringFoodCampaign: its currency, range, platform and dates. */
  public static String aProposalFor(String campaignId, long rate) {
    LocalDate due = LocalDate.now().plusDays(7 + 14);
    return """
        {"campaignId": "%s", "pitch": "Two reels cooking your spring vegetables at a Paris market.",
         "proposedRate": {"amount": %d, "currency": "EUR"},
         "deliverablePlan": [{"type": "reel", "platform": "instagram", "count": 2, "dueOn": "%s"}]}
        """.formatted(campaignId, rate, due);
  }

  /** A published spring-food campaign of the brand behind {@code brand}; answers its id. */
  public static String aPublishedCampaign(ApiClient brand, String body) {
    ApiClient.Response created = brand.postJson("/v1/campaigns", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asText();
    ApiClient.Response published = brand.postJson("/v1/campaigns/" + id + "/publish", "");
    assertThat(published.status()).as(published.body()).isEqualTo(200);
    return id;
  }
}
