package com.truereach.api.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.truereach.api.testsupport.ApiClient;
import com.truereach.api.testsupport.IntegrationTest;
import com.truereach.api.testsupport.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Brands sign up into a tenant; admins invite and remove members; creators sign up into a profile. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnboardingTest implements IntegrationTest {

  private static final String PASSWORD = "a-long-enough-password";

  @Inject EmbeddedServer server;
  ApiClient anonymous;

  @BeforeAll
  void client() {
    anonymous = new ApiClient(server.getURL());
  }

  @Test
  void a_brand_signs_up_its_admin_logs_in_and_invites_then_removes_a_member() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String tenant = "brand-" + suffix;
    String adminEmail = "admin-" + suffix + "@brand.example";
    ApiClient.Response signup = anonymous.postJson("/v1/signups/tenants", """
        {"organizationName": "Brand %s", "tenantId": "%s", "kind": "brand",
         "admin": {"email": "%s", "firstName": "Ada", "lastName": "Admin", "password": "%s"}}
        """.formatted(suffix, tenant, adminEmail, PASSWORD));
    assertThat(signup.status()).as(signup.body()).isEqualTo(201);

    String adminToken = Tokens.personWithPassword(adminEmail, PASSWORD);
    assertThat(claims(adminToken).get("tenant_id").asText()).isEqualTo(tenant);
    ApiClient admin = anonymous.as(adminToken);

    ApiClient.Response invited = admin.postJson("/v1/members", """
        {"email": "member-%s@brand.example", "firstName": "Max", "lastName": "Member", "role": "brand_member"}
        """.formatted(suffix));
    assertThat(invited.status()).as(invited.body()).isEqualTo(201);
    assertThat(invited.json().get("oneTimePassword").asText()).isNotBlank();
    String memberId = invited.json().get("userId").asText();
    assertThat(admin.get("/v1/members").json().get("items").findValuesAsText("userId")).contains(memberId);

    assertThat(admin.delete("/v1/members/" + memberId).status()).isEqualTo(204);
    assertThat(admin.get("/v1/members").json().get("items").findValuesAsText("userId")).doesNotContain(memberId);

    assertThat(admin.get("/v1/audit-events").json().get("items").findValuesAsText("action"))
        .containsExactly("member.removed", "member.invited", "tenant.signed.up");
  }

  @Test
  void a_taken_workspace_name_is_a_conflict_that_creates_nothing() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String body = """
        {"organizationName": "Twice %s", "tenantId": "twice-%s", "kind": "agency",
         "admin": {"email": "%s@twice.example", "firstName": "T", "lastName": "W", "password": "%s"}}
        """;
    assertThat(anonymous.postJson("/v1/signups/tenants", body.formatted(suffix, suffix, "first-" + suffix, PASSWORD)).status()).isEqualTo(201);

    ApiClient.Response again = anonymous.postJson("/v1/signups/tenants", body.formatted(suffix, suffix, "second-" + suffix, PASSWORD));

    assertThat(again.status()).isEqualTo(409);
    // The second admin account was never created: it cannot log in.
    assertThat(tokenRefused("second-" + suffix + "@twice.example")).isTrue();
  }

  @Test
  void bad_sign_ups_are_validation_problems() {
    ApiClient.Response response = anonymous.postJson("/v1/signups/tenants", """
        {"organizationName": "", "tenantId": "Not Valid", "kind": "cartel",
         "admin": {"email": "not-an-email", "firstName": "A", "lastName": "B", "password": "short"}}
        """);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").findValuesAsText("field"))
        .contains("organizationName", "tenantId", "kind", "admin.email", "admin.password");
  }

  @Test
  void a_reserved_workspace_name_is_refused() {
    ApiClient.Response response = anonymous.postJson("/v1/signups/tenants", """
        {"organizationName": "Sneaky", "tenantId": "truereach-operators", "kind": "brand",
         "admin": {"email": "sneaky-%s@x.example", "firstName": "S", "lastName": "N", "password": "%s"}}
        """.formatted(UUID.randomUUID().toString().substring(0, 8), PASSWORD));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly("tenantId");
  }

  @Test
  void a_creator_signs_up_into_their_own_profile() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    ApiClient.Response signup = anonymous.postJson("/v1/signups/creators", """
        {"account": {"email": "creator-%s@creators.example", "firstName": "Cleo", "lastName": "Creator", "password": "%s"},
         "displayName": "Cleo Cooks", "country": "FR"}
        """.formatted(suffix, PASSWORD));
    assertThat(signup.status()).as(signup.body()).isEqualTo(201);
    String creatorId = signup.json().get("creatorId").asText();

    JsonNode claims = claims(Tokens.personWithPassword("creator-" + suffix + "@creators.example", PASSWORD));
    assertThat(claims.get("realm_access").get("roles").toString()).contains("creator");
    assertThat(claims.has("tenant_id")).isFalse();
    assertThat(anonymous.as(Tokens.acmePartner()).get("/v1/creators/" + creatorId).json().get("displayName").asText()).isEqualTo("Cleo Cooks");
  }

  private static boolean tokenRefused(String email) {
    try {
      Tokens.personWithPassword(email, PASSWORD);
      return false;
    } catch (IllegalStateException refused) {
      return true;
    }
  }

  private static JsonNode claims(String token) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
