package com.truereach.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.truereach.api.creators.CreatorFixtures;
import com.truereach.api.testsupport.ApiClient;
import com.truereach.api.testsupport.IntegrationTest;
import com.truereach.api.testsupport.Tokens;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Bulk import of JSON Lines: good lines apply, bad lines are reported by number, nothing half-written. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportTest implements IntegrationTest {

  @Inject EmbeddedServer server;
  @Inject DataSource dataSource;
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
  void an_upload_cut_off_midway_keeps_the_lines_read_and_says_it_stopped() throws Exception {
    Instant started = Instant.now().minusSeconds(1);
    try (Socket socket = new Socket(server.getHost(), server.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(("POST /v1/imports HTTP/1.1\r\nHost: " + server.getHost() + "\r\nAuthorization: Bearer " + Tokens.acmePartner("creators:write")
          + "\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      for (int i = 1; i <= 1_100; i++) {
        byte[] line = (CreatorFixtures.aProfiledCreator("cut-" + i, "Cut " + i, "FR", "food", 1000 + i, "FR", 0.5, 100, "cut")
            .replace("\n", " ") + "\n").getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(line.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(line);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.flush();
      // Two full batches written, the rest read: then the client goes away without ending the body.
      await().atMost(Duration.ofSeconds(60)).until(() -> latestImport(started).map(job -> job.lines() >= 1_000).orElse(false));
    }

    await().atMost(Duration.ofSeconds(60)).until(() -> latestImport(started).map(job -> !job.state().equals("running")).orElse(false));
    ImportRow job = latestImport(started).orElseThrow();
    assertThat(job.state()).isEqualTo("failed");
    assertThat(job.failure()).contains("stopped before its end");
    assertThat(job.lines()).as("every line read is counted, none twice").isEqualTo(1_100);
    assertThat(job.created()).isEqualTo(1_100);
  }

  private record ImportRow(String state, int lines, int created, String failure) {}

  /** The tenant's latest import, read as the tenant (row-level security), in a transaction rolled back after. */
  private java.util.Optional<ImportRow> latestImport(Instant startedAfter) throws Exception {
    // The plain pool: this runs on Awaitility's thread, outside any transaction of the application.
    try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement tenant = c.prepareStatement("SELECT set_config('truereach.tenant_id', 'acme-brands', true)");
          PreparedStatement query = c.prepareStatement("SELECT state, lines, created, failure FROM catalog.imports"
              + " WHERE started_at > ? ORDER BY started_at DESC LIMIT 1")) {
        tenant.execute();
        query.setObject(1, java.time.OffsetDateTime.ofInstant(startedAfter, java.time.ZoneOffset.UTC));
        try (ResultSet row = query.executeQuery()) {
          return row.next()
              ? java.util.Optional.of(new ImportRow(row.getString(1), row.getInt(2), row.getInt(3), row.getString(4)))
              : java.util.Optional.empty();
        }
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
    }
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
