package com.truereach.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.truereach.api.creators.CreatorFixtures;
import com.truereach.api.testsupport.ApiClient;
import com.truereach.api.testsupport.IntegrationTest;
import com.truereach.api.testsupport.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Bulk import of JSON Lines: good lines apply, bad lines are reported by number, nothing half-written. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportTest implements IntegrationTest {

  @Inject EmbeddedServer server;
  ApiClient acme;

  @BeforeAll
  void client() {
    acme = new ApiClient(server.getURL()).as(Tokens.acmePartner("creators:write"));
  }

  @Test
  void a_malformed_line_in_the_middle_is_reported_and_the_others_apply() throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int i = 1; i <= 1200; i++) {
      String line;
      if (i == 600) {
        line = "{\"externalId\": \"imp-600\", \"displayName\": ";               // broken JSON
      } else if (i == 601) {
        line = CreatorFixtures.aProfiledCreator("imp-601", "Neg", "FR", "food", 1000, "FR", 0.5, 100, "x")
            .replace("\"followers\": 1000", "\"followers\": -1000");           // negative count
      } else if (i == 602) {
        body.write(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'}); // invalid UTF-8
        continue;
      } else {
        line = CreatorFixtures.aProfiledCreator("imp-" + i, "Creator " + i, "FR", "food", 1000 + i, "FR", 0.5, 100 + i, "tag" + (i % 7));
      }
      body.write(line.replace("\n", " ").getBytes(StandardCharsets.UTF_8));
      body.write('\n');
    }

    ApiClient.Response response = acme.post("/v1/imports", "application/x-ndjson", body.toByteArray());

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    JsonNode job = response.json();
    assertThat(job.get("state").asText()).isEqualTo("completed");
    assertThat(job.get("lines").asInt()).isEqualTo(1200);
    assertThat(job.get("created").asInt()).isEqualTo(1197);
    assertThat(job.get("rejected").asInt()).isEqualTo(3);
    assertThat(job.get("rejections").findValuesAsText("line")).containsExactly("600", "601", "602");
    assertThat(job.get("rejections").get(1).get("field").asText()).isEqualTo("accounts[0].snapshots[0].followers");
    assertThat(job.get("rejections").get(2).get("reason").asText()).contains("UTF-8");

    assertThat(acme.get(response.header("Location")).json().get("created").asInt()).isEqualTo(1197);
    await().atMost(Duration.ofSeconds(60)).until(() -> acme.get("/v1/creators?q=tag3&limit=100").json().get("items").size() == 100);
    assertThat(acme.get("/v1/creators?q=Neg").json().get("items")).isEmpty();
  }

  @Test
  void importing_the_same_lines_again_updates_instead_of_duplicating() {
    String line = CreatorFixtures.aProfiledCreator("imp-again", "Again", "DE", "fitness", 5000, "DE", 0.7, 500, "again").replace("\n", " ") + "\n";
    byte[] twice = (line + line).getBytes(StandardCharsets.UTF_8);

    JsonNode job = acme.post("/v1/imports", "application/x-ndjson", twice).json();

    assertThat(job.get("created").asInt()).isEqualTo(1);
    assertThat(job.get("updated").asInt()).isEqualTo(1);
  }

  @Test
  void another_tenant_cannot_see_an_import() {
    String location = acme.post("/v1/imports", "application/x-ndjson",
        (CreatorFixtures.aNicheCreatorFromLyon("imp-private").replace("\n", " ") + "\n").getBytes(StandardCharsets.UTF_8)).header("Location");

    ApiClient northwind = new ApiClient(server.getURL()).as(Tokens.northwindPartner("creators:write"));
    assertThat(northwind.get(location).status()).isEqualTo(404);
  }

  @Test
  void a_partner_without_creators_write_cannot_import() {
    ApiClient reader = new ApiClient(server.getURL()).as(Tokens.acmePartner());
    assertThat(reader.post("/v1/imports", "application/x-ndjson", "{}\n".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
  }
}
