package com.truereach.api.notes;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Creators are marketplace-wide; a tenant's notes, tags and external ids on them are its own. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreatorNotesTest implements IntegrationTest {

  @Inject EmbeddedServer server;
  ApiClient alice;
  ApiClient nina;
  String creator;

  @BeforeAll
  void aCreatorFromAcmesPartner() {
    ApiClient anonymous = new ApiClient(server.getURL());
    alice = anonymous.as(Tokens.person("alice@acme.example"));
    nina = anonymous.as(Tokens.person("nina@northwind.example"));
    creator = anonymous.as(Tokens.acmePartner("creators:write")).postJson("/v1/creators", CreatorFixtures.aNicheCreatorFromLyon("notes-1"))
        .json().get("id").asText();
  }

  @Test
  void a_note_is_visible_to_its_tenant_only() {
    assertThat(alice.send("PUT", "/v1/creators/" + creator + "/notes", "{\"note\": \"Great for the spring launch\", \"tags\": [\"spring\"]}").status())
        .isEqualTo(200);

    assertThat(alice.get("/v1/creators/" + creator + "/notes").json().get("note").asText()).isEqualTo("Great for the spring launch");
    assertThat(nina.get("/v1/creators/" + creator + "/notes").json().get("note").asText()).isEmpty();
  }

  @Test
  void a_partners_external_id_is_shown_to_its_own_tenant_only() {
    assertThat(new ApiClient(server.getURL()).as(Tokens.acmePartner()).get("/v1/creators/" + creator).json().get("externalId").asText())
        .isEqualTo("notes-1");
    assertThat(new ApiClient(server.getURL()).as(Tokens.northwindPartner()).get("/v1/creators/" + creator).json().has("externalId")).isFalse();
  }

  @Test
  void bad_notes_are_refused() {
    var nul = alice.send("PUT", "/v1/creators/" + creator + "/notes", "{\"note\": \"a\\u0000b\"}");
    assertThat(nul.status()).isEqualTo(400);
    assertThat(nul.json().get("errors").findValuesAsText("field")).as("refused by validation, naming the field").contains("note");
    assertThat(alice.send("PUT", "/v1/creators/" + creator + "/notes", "{\"tags\": [\"" + "x".repeat(41) + "\"]}").status()).isEqualTo(400);
    assertThat(alice.send("PUT", "/v1/creators/" + UUID.randomUUID() + "/notes", "{\"note\": \"x\"}").status()).isEqualTo(404);
  }
}
