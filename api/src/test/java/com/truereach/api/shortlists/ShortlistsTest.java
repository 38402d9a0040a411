package com.truereach.api.shortlists;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.truereach.api.creators.CreatorFixtures;
import com.truereach.api.testsupport.ApiClient;
import com.truereach.api.testsupport.IntegrationTest;
import com.truereach.api.testsupport.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShortlistsTest implements IntegrationTest {

  @Inject EmbeddedServer server;
  ApiClient alice;
  ApiClient nina;
  String creator;

  @BeforeAll
  void setUp() {
    ApiClient anonymous = new ApiClient(server.getURL());
    alice = anonymous.as(Tokens.person("alice@acme.example"));
    nina = anonymous.as(Tokens.person("nina@northwind.example"));
    creator = anonymous.as(Tokens.acmePartner("creators:write")).postJson("/v1/creators", CreatorFixtures.aNicheCreatorFromLyon("sl-1"))
        .json().get("id").asText();
  }

  @Test
  void a_brand_shortlists_a_creator_with_a_note_and_takes_it_off_again() {
    String list = alice.postJson("/v1/shortlists", "{\"name\": \"Spring launch\"}").json().get("id").asText();

    ApiClient.Response added = alice.send("PUT", "/v1/shortlists/" + list + "/creators/" + creator, "{\"note\": \"Warm tone\", \"tags\": [\"food\"]}");
    assertThat(added.status()).as(added.body()).isEqualTo(200);
    JsonNode entries = alice.get("/v1/shortlists/" + list).json().get("creators");
    assertThat(entries.findValuesAsText("creatorId")).containsExactly(creator);
    assertThat(entries.get(0).get("note").asText()).isEqualTo("Warm tone");

    assertThat(alice.delete("/v1/shortlists/" + list + "/creators/" + creator).status()).isEqualTo(204);
    assertThat(alice.get("/v1/shortlists/" + list).json().get("creators")).isEmpty();
    assertThat(alice.delete("/v1/shortlists/" + list + "/creators/" + creator).status()).isEqualTo(404);
  }

  @Test
  void shortlists_are_private_to_their_tenant() {
    String list = alice.postJson("/v1/shortlists", "{\"name\": \"Acme private\"}").json().get("id").asText();

    assertThat(nina.get("/v1/shortlists/" + list).status()).isEqualTo(404);
    assertThat(nina.send("PUT", "/v1/shortlists/" + list + "/creators/" + creator, "{}").status()).isEqualTo(404);
    assertThat(nina.delete("/v1/shortlists/" + list).status()).isEqualTo(404);
    assertThat(nina.get("/v1/shortlists").body()).doesNotContain("Acme private");
    assertThat(alice.get("/v1/shortlists/" + list).status()).isEqualTo(200);
  }

  @Test
  void bad_input_is_refused() {
    assertThat(alice.postJson("/v1/shortlists", "{\"name\": \"\"}").status()).isEqualTo(400);
    String list = alice.postJson("/v1/shortlists", "{\"name\": \"Checks\"}").json().get("id").asText();
    ApiClient.Response unknown = alice.send("PUT", "/v1/shortlists/" + list + "/creators/" + UUID.randomUUID(), "{}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("errors").findValuesAsText("field")).containsExactly("creatorId");
    assertThat(alice.send("PUT", "/v1/shortlists/" + list + "/creators/" + creator, "{\"tags\": [\"<script>\"]}").status()).isEqualTo(400);
  }
}
