package com.truereach.api.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.truereach.api.testsupport.ApiClient;
import com.truereach.api.testsupport.IntegrationTest;
import com.truereach.api.testsupport.Tokens;
import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Walks every /v1 route the router knows (so a new route is covered without anyone remembering)
 * as tenant A's admin and partner, aimed at tenant B's objects, and proves nothing of B is read,
 * changed or even shown to exist.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationTest implements IntegrationTest {

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}/?]+)}");

  @Inject EmbeddedServer server;
  @Inject Router router;

  ApiClient anonymous;
  /** Tenant B's objects, by the name of the path variable that would address them. */
  Map<String, String> tenantBObjects;
  /** Strings that would betray tenant B in a response to A. */
  List<String> tenantBMarkers;
  String tenantBClientId;
  /** A marketplace-wide creator on which tenant B keeps a private note. */
  String sharedCreator;
  /** Tenant B's draft campaign. */
  String tenantBCampaign;
  /** Tenant B's shortlist holding the shared creator. */
  String tenantBShortlist;
  /** A creator's application (with a message) to tenant B's published campaign, B's invitation, B's webhook and one of its deliveries. */
  String tenantBApplication;
  String tenantBInvitation;
  String tenantBWebhook;
  String tenantBDelivery;

  @BeforeAll
  void tenantBHasObjects() {
    anonymous = new ApiClient(server.getURL());
    ApiClient nina = anonymous.as(Tokens.person("nina@northwind.example"));
    ApiClient.Response client = nina.postJson("/v1/clients", "{\"name\": \"Northwind secret integration\", \"scopes\": [\"creators:read\"]}");
    assertThat(client.status()).as(client.body()).isEqualTo(201);
    tenantBClientId = client.json().get("client").get("id").asText();
    String noahId = memberId(nina, "noah@northwind.example");
    ApiClient northwindPartner = anonymous.as(Tokens.northwindPartner("creators:write"));
    sharedCreator = northwindPartner.postJson("/v1/creators", com.truereach.api.creators.CreatorFixtures.aNicheCreatorFromLyon("iso-shared"))
        .json().get("id").asText();
    assertThat(nina.send("PUT", "/v1/creators/" + sharedCreator + "/notes", "{\"note\": \"Northwind secret note\", \"tags\": [\"nw-private\"]}").status())
        .isEqualTo(200);
    tenantBCampaign = nina.postJson("/v1/campaigns", com.truereach.api.campaigns.CampaignFixtures.aSpringFoodCampaign("Northwind secret campaign"))
        .json().get("id").asText();
    tenantBShortlist = nina.postJson("/v1/shortlists", "{\"name\": \"Northwind secret shortlist\"}").json().get("id").asText();
    assertThat(nina.send("PUT", "/v1/shortlists/" + tenantBShortlist + "/creators/" + sharedCreator, "{\"note\": \"nw-private\"}").status())
        .isEqualTo(200);
    String published = com.truereach.api.applications.MarketplaceFixtures.aPublishedCampaign(nina,
        com.truereach.api.campaigns.CampaignFixtures.aSpringFoodCampaign("Northwind secret open campaign"));
    var applicant = com.truereach.api.applications.MarketplaceFixtures.aFoodCreatorFromParis(anonymous, "Isolde Applicant", 30_000, 40_000);
    tenantBApplication = applicant.client().postJson("/v1/me/applications",
        com.truereach.api.applications.MarketplaceFixtures.aProposalFor(published, 40_000)).json().get("id").asText();
    assertThat(nina.postJson("/v1/applications/" + tenantBApplication + "/messages", "{\"body\": \"Northwind secret message\"}").status())
        .isEqualTo(201);
    tenantBInvitation = nina.postJson("/v1/campaigns/" + published + "/invitations", "{\"creatorIds\": [\"" + sharedCreator + "\"]}")
        .json().get("invited").get(0).get("id").asText();
    ApiClient.Response webhook = nina.postJson("/v1/webhooks",
        "{\"url\": \"http://127.0.0.1:9/northwind-secret-hook\", \"events\": [\"application.submitted\"]}");
    assertThat(webhook.status()).as(webhook.body()).isEqualTo(201);
    tenantBWebhook = webhook.json().get("webhook").get("id").asText();
    applicant.client().postJson("/v1/me/applications/" + tenantBApplication + "/withdraw", "");
    applicant.client().postJson("/v1/me/applications", com.truereach.api.applications.MarketplaceFixtures.aProposalFor(published, 40_000));
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
        .until(() -> nina.get("/v1/webhooks/" + tenantBWebhook + "/deliveries").json().get("items").size() > 0);
    tenantBDelivery = nina.get("/v1/webhooks/" + tenantBWebhook + "/deliveries").json().get("items").get(0).get("id").asText();
    tenantBObjects = Map.of("id", tenantBClientId, "userId", noahId, "creatorId", sharedCreator, "deliveryId", tenantBDelivery);
    tenantBMarkers = List.of("northwind", "Northwind secret integration", "Northwind secret note", "nw-private", "Northwind secret campaign", "Northwind secret shortlist",
        client.json().get("client").get("clientId").asText(), noahId,
        "Northwind secret open campaign", "Northwind secret message", "northwind-secret-hook", tenantBApplication,
        tenantBInvitation, tenantBWebhook, tenantBDelivery);
  }

  @TestFactory
  Stream<DynamicTest> no_route_leaks_tenant_b_to_tenant_a() {
    List<UriRouteInfo<?, ?>> routes = new ArrayList<>();
    router.uriRoutes().filter(r -> r.getUriMatchTemplate().toString().startsWith("/v1/")).forEach(routes::add);
    assertThat(routes).as("routes under /v1").hasSizeGreaterThan(5);
    List<DynamicTest> tests = new ArrayList<>();
    for (UriRouteInfo<?, ?> route : routes) {
      for (String who : List.of("admin", "partner")) {
        String template = route.getUriMatchTemplate().toString();
        tests.add(DynamicTest.dynamicTest(who + " of A: " + route.getHttpMethod() + " " + template, () -> walk(route, who)));
      }
    }
    return tests.stream();
  }

  private void walk(UriRouteInfo<?, ?> route, String who) {
    ApiClient asA = anonymous.as(who.equals("admin")
        ? Tokens.person("alice@acme.example")
        : Tokens.acmePartner("creators:write", "campaigns:write"));
    String template = route.getUriMatchTemplate().toString();
    boolean addressesAnObject = VARIABLE.matcher(template).find();
    String path = template.startsWith("/v1/creators/{id}") ? template.replace("{id}", sharedCreator).replaceAll("\\{[^}]*}", "")
        : template.startsWith("/v1/campaigns/{id}") ? template.replace("{id}", tenantBCampaign)
        : template.startsWith("/v1/shortlists/{id}") ? template.replace("{id}", tenantBShortlist).replace("{creatorId}", sharedCreator)
        : template.startsWith("/v1/applications/{id}") ? template.replace("{id}", tenantBApplication)
        : template.startsWith("/v1/me/applications/{id}") ? template.replace("{id}", tenantBApplication)
        : template.startsWith("/v1/me/invitations/{id}") ? template.replace("{id}", tenantBInvitation)
        : template.startsWith("/v1/webhooks/{id}") ? template.replace("{id}", tenantBWebhook).replace("{deliveryId}", tenantBDelivery)
        : expand(template);
    HttpMethod method = route.getHttpMethod();
    String body = switch (method) {
      case POST, PUT, PATCH -> "{\"role\": \"brand_admin\", \"name\": \"x\", \"scopes\": [\"creators:read\"], \"note\": \"from A\"}";
      default -> null;
    };
    ApiClient.Response response = asA.send(method.name(), path, body);

    // An id the caller put in the path may be echoed back (detail, instance): that tells A nothing.
    for (String marker : tenantBMarkers.stream().filter(m -> !path.contains(m)).toList()) {
      assertThat(response.body()).as("%s %s must not mention tenant B", method, path).doesNotContain(marker);
    }
    if (addressesAnObject && !template.startsWith("/v1/creators/")) {
      if (response.status() == 400) {
        // A body refused before any lookup tells nothing, provided a made-up id gets the same answer.
        String madeUp = template.replaceAll("\\{[^}]*}", UUID.randomUUID().toString());
        assertThat(asA.send(method.name(), madeUp, body).status()).as("%s %s vs a made-up id", method, path).isEqualTo(400);
      } else {
        assertThat(response.status()).as("%s %s on tenant B's object: %s", method, path, response.body()).isIn(403, 404, 405);
      }
    }
    assertThat(response.status()).as("%s %s", method, path).isNotEqualTo(500);
    // And tenant B's objects are all still there, untouched.
    ApiClient nina = anonymous.as(Tokens.person("nina@northwind.example"));
    JsonNode client = nina.get("/v1/clients/" + tenantBClientId).json();
    assertThat(client.path("revokedAt").isMissingNode() || client.path("revokedAt").isNull()).as("B's client not revoked").isTrue();
    assertThat(memberId(nina, "noah@northwind.example")).as("B's member still there").isEqualTo(tenantBObjects.get("userId"));
    assertThat(nina.get("/v1/creators/" + sharedCreator + "/notes").json().get("note").asText()).isEqualTo("Northwind secret note");
    assertThat(nina.get("/v1/campaigns/" + tenantBCampaign).json().get("state").asText()).as("B's campaign untouched").isEqualTo("draft");
    assertThat(nina.get("/v1/shortlists/" + tenantBShortlist).json().get("creators").findValuesAsText("creatorId"))
        .as("B's shortlist untouched").containsExactly(sharedCreator);
    assertThat(nina.get("/v1/applications/" + tenantBApplication).json().get("state").asText()).as("B's application untouched").isEqualTo("withdrawn");
    assertThat(nina.get("/v1/applications/" + tenantBApplication + "/messages").json().get("items")).as("B's messages untouched").hasSize(1);
    assertThat(nina.get("/v1/webhooks/" + tenantBWebhook).status()).as("B's webhook still there").isEqualTo(200);
  }

  private String expand(String template) {
    Matcher matcher = VARIABLE.matcher(template);
    StringBuilder path = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      matcher.appendReplacement(path, tenantBObjects.getOrDefault(name, UUID.randomUUID().toString()));
    }
    matcher.appendTail(path);
    return path.toString().replaceAll("\\{[^}]*}", "");
  }

  private static String memberId(ApiClient admin, String email) {
    for (JsonNode member : admin.get("/v1/members").json().get("items")) {
      if (member.get("email").asText().equals(email)) {
        return member.get("userId").asText();
      }
    }
    return null;
  }
}
