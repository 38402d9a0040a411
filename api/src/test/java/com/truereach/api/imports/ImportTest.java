package com.truereach.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.truereach.api.creators.CreatorFixtures;
import com.truereach.api.tenancy.TenantId;
import com.truereach.api.testsupport.ApiClient;
import com.truereach.api.testsupport.IntegrationTest;
import com.truereach.api.testsupport.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Bulk import of JSON Lines: good lines apply, bad lines are reported by number, nothing half-written. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportTest implements IntegrationTest {

  @Inject EmbeddedServer server;
  @Inject ImportCreators importer;
  @Inject ImportJobs jobs;
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
  void a_running_import_is_listed_so_a_client_still_sending_can_follow_it() throws Exception {
    try (ChunkedUpload upload = new ChunkedUpload()) {
      upload.send(600, "follow");
      JsonNode running = await().atMost(Duration.ofSeconds(60)).until(
          () -> acme.get("/v1/imports?state=running&limit=1").json().get("items"), items -> items.size() == 1 && items.get(0).get("lines").asInt() >= 500)
          .get(0);
      String id = running.get("id").asText();
      assertThat(running.has("rejections")).as("the list carries counts only").isFalse();
      assertThat(new ApiClient(server.getURL()).as(Tokens.northwindPartner("creators:write")).get("/v1/imports").json().get("items").findValuesAsText("id"))
          .as("another tenant's imports are not listed").doesNotContain(id);

      upload.send(100, "follow-more");
      assertThat(upload.finish()).isEqualTo(201);

      JsonNode job = acme.get("/v1/imports/" + id).json();
      assertThat(job.get("state").asText()).isEqualTo("completed");
      assertThat(job.get("lines").asInt()).isEqualTo(700);
      assertThat(acme.get("/v1/imports?state=running").json().get("items").findValuesAsText("id")).doesNotContain(id);
      assertThat(acme.get("/v1/imports?state=completed&limit=1").json().get("items").get(0).get("id").asText()).isEqualTo(id);
    }
  }

  @Test
  void an_upload_cut_off_midway_keeps_the_lines_read_and_says_it_stopped() throws Exception {
    String id;
    try (ChunkedUpload upload = new ChunkedUpload()) {
      upload.send(1_100, "cut");
      // Two full batches written, the rest read: then the client goes away without ending the body.
      id = await().atMost(Duration.ofSeconds(60)).until(() -> acme.get("/v1/imports?state=running&limit=1").json().get("items"),
          items -> items.size() == 1 && items.get(0).get("lines").asInt() >= 1_000).get(0).get("id").asText();
    }

    JsonNode job = await().atMost(Duration.ofSeconds(60)).until(() -> acme.get("/v1/imports/" + id).json(),
        found -> !found.get("state").asText().equals("running"));
    assertThat(job.get("state").asText()).isEqualTo("failed");
    assertThat(job.get("failure").asText()).contains("stopped before its end");
    // The server answers for the lines that reached its reader before the end of the connection was noticed (which
    // the HTTP layer may report ahead of bytes still in flight), so the count lies between the two batches written
    // and all lines sent; lines_received_before_the_stream_fails_are_all_applied pins the reader's own part.
    int read = job.get("lines").asInt();
    assertThat(read).as("the lines read before the cut").isBetween(1_000, 1_100);
    assertThat(job.get("created").asInt()).as("every line read is applied and counted once").isEqualTo(read);
    assertThat(job.get("updated").asInt() + job.get("rejected").asInt()).isZero();
  }

  @Test
  void lines_received_before_the_stream_fails_are_all_applied() {
    // A body that hands over one line per read, says more is coming, then fails: what a dropped
    // connection looks like to the reader. Nothing between it and the line reader may hold back
    // bytes already received when the failure comes.
    List<byte[]> received = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      received.add((CreatorFixtures.aNicheCreatorFromLyon("imp-reset-" + i).replace("\n", " ") + "\n").getBytes(StandardCharsets.UTF_8));
    }
    InputStream arrivesThenFails = new InputStream() {
      private int served;
      private InputStream current = InputStream.nullInputStream();

      @Override
      public int read() throws IOException {
        return arrived().read();
      }

      @Override
      public int read(byte[] into, int offset, int length) throws IOException {
        return arrived().read(into, offset, length);
      }

      @Override
      public int available() {
        return 1;
      }

      /** The line being handed over, the next once it is read; fails after the last. */
      private InputStream arrived() throws IOException {
        if (current.available() == 0) {
          if (served == received.size()) {
            throw new IOException("Connection reset");
          }
          current = new ByteArrayInputStream(received.get(served++));
        }
        return current;
      }
    };
    TenantId acmeTenant = new TenantId("acme-brands");
    UUID id = importer.start(acmeTenant);

    importer.run(acmeTenant, id, arrivesThenFails);

    ImportJobs.ImportJob job = jobs.find(acmeTenant, id).orElseThrow();
    assertThat(job.state()).isEqualTo("failed");
    assertThat(job.lines()).as("every line received before the failure").isEqualTo(3);
    assertThat(job.created()).isEqualTo(3);
  }

  @Test
  void the_list_of_imports_pages_and_refuses_bad_parameters() {
    for (int i = 0; i < 2; i++) {
      acme.post("/v1/imports", "application/x-ndjson",
          (CreatorFixtures.aNicheCreatorFromLyon("imp-page-" + i).replace("\n", " ") + "\n").getBytes(StandardCharsets.UTF_8));
    }
    JsonNode first = acme.get("/v1/imports?limit=1").json();
    String cursor = first.get("nextCursor").asText();
    JsonNode second = acme.get("/v1/imports?limit=1&cursor=" + cursor).json();
    assertThat(second.get("items").get(0).get("id").asText()).isNotEqualTo(first.get("items").get(0).get("id").asText());
    assertThat(Instant.parse(second.get("items").get(0).get("startedAt").asText())).isBefore(Instant.parse(cursor));

    for (String bad : new String[] {"state=paused", "limit=0", "limit=101", "limit=ten", "cursor=yesterday"}) {
      ApiClient.Response refused = acme.get("/v1/imports?" + bad);
      assertThat(refused.status()).as(bad).isEqualTo(400);
      assertThat(refused.json().get("errors").findValuesAsText("field")).as(bad).containsExactly(bad.substring(0, bad.indexOf('=')));
    }
    assertThat(new ApiClient(server.getURL()).as(Tokens.acmePartner()).get("/v1/imports").status())
        .as("without creators:write").isEqualTo(403);
  }

  /** A JSON Lines upload sent a chunk at a time on its own connection, as a partner's long upload is. */
  private final class ChunkedUpload implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private int sent;

    ChunkedUpload() throws Exception {
      socket = new Socket(server.getHost(), server.getPort());
      out = socket.getOutputStream();
      out.write(("POST /v1/imports HTTP/1.1\r\nHost: " + server.getHost() + "\r\nAuthorization: Bearer " + Tokens.acmePartner("creators:write")
          + "\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    void send(int count, String prefix) throws Exception {
      for (int i = 0; i < count; i++) {
        sent++;
        byte[] line = (CreatorFixtures.aProfiledCreator(prefix + "-" + sent, "Chunked " + sent, "FR", "food", 1000 + sent, "FR", 0.5, 100, prefix)
            .replace("\n", " ") + "\n").getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(line.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(line);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.flush();
    }

    /** Ends the body and returns the answer's status. */
    int finish() throws Exception {
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      socket.setSoTimeout(60_000);
      String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
      return Integer.parseInt(status.split(" ")[1]);
    }

    /** Closing without {@link #finish()} cuts the upload off mid-body. */
    @Override
    public void close() throws Exception {
      socket.close();
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
