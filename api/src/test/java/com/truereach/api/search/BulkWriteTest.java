package com.truereach.api.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.util.BinaryData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.truereach.api.creators.Creator;
import com.truereach.api.creators.CreatorId;
import com.truereach.api.creators.profile.ProfileParser;
import com.truereach.api.ops.MarketFiles;
import com.truereach.api.scoring.CreatorScores;
import com.truereach.api.testsupport.IntegrationTest;
import com.truereach.matching.market.MarketGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The index's bulk writes, which send a body written whole ({@link BulkBody}) rather than through
 * the search client's bulk call: the documents arrive as the client would have written them, a
 * delete of what is already gone is no failure, and a refused document fails the call with
 * Elasticsearch's reason.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkWriteTest implements IntegrationTest {

  @Inject CreatorIndex index;
  @Inject CreatorScores scores;
  @Inject JacksonJsonpMapper mapper;
  @Inject Rest5Client http;

  @Test
  void documents_arrive_as_the_search_client_would_have_written_them() throws Exception {
    List<CreatorDocument> documents = documents(3);
    String scratch = index.createIndex();
    try {
      index.writeTo(scratch, documents);
      index.client().indices().refresh(r -> r.index(scratch));

      ObjectMapper json = mapper.objectMapper();
      for (CreatorDocument document : documents) {
        // _source holds the bytes as sent; both sides are read by the same mapper.
        JsonNode stored = json.readTree(http.performRequest(new Request("GET", "/" + scratch + "/_source/" + document.id()))
            .getEntity().getContent());
        ObjectNode asTheClientWrites = (ObjectNode) json.readTree(BinaryData.of(document, mapper).asInputStream());
        // Elasticsearch keeps dense vectors out of _source; the similar-creators tests search by it.
        assertThat(asTheClientWrites.remove("topicVector")).isNotNull();
        assertThat(stored).isNotNull().isEqualTo(asTheClientWrites);
      }
    } finally {
      index.client().indices().delete(d -> d.index(scratch));
    }
  }

  @Test
  void deleting_what_is_already_gone_is_not_a_failure() throws Exception {
    CreatorDocument kept = documents(1).get(0);
    index.apply(List.of(kept), List.of(CreatorId.next().value().toString()));
    index.client().indices().refresh(r -> r.index(index.alias()));
    assertThat(index.client().exists(e -> e.index(index.alias()).id(kept.id())).value()).isTrue();

    index.apply(List.of(), List.of(kept.id()));
    index.client().indices().refresh(r -> r.index(index.alias()));
    assertThat(index.client().exists(e -> e.index(index.alias()).id(kept.id())).value()).isFalse();
  }

  @Test
  void a_refused_document_fails_the_write_with_elasticsearchs_reason() throws Exception {
    String strict = index.alias() + "-strict-" + System.nanoTime();
    index.client().indices().create(c -> c.index(strict).mappings(m -> m.dynamic(DynamicMapping.Strict)));
    try {
      assertThatThrownBy(() -> index.writeTo(strict, documents(2)))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("bulk indexing into " + strict + " failed")
          .hasMessageContaining("strict_dynamic_mapping_exception");
    } finally {
      index.client().indices().delete(d -> d.index(strict));
    }
  }

  @Test
  void nothing_to_write_sends_nothing() throws Exception {
    index.writeTo("no-such-index-is-ever-created", List.of());
    index.apply(List.of(), List.of());
    assertThat(index.client().indices().exists(e -> e.index("no-such-index-is-ever-created")).value()).isFalse();
  }

  private List<CreatorDocument> documents(int count) throws IOException {
    var market = new MarketGenerator(11, LocalDate.now(Clock.systemUTC()).minusDays(1)).iterator(count);
    ProfileParser parser = new ProfileParser(Clock.systemUTC());
    List<CreatorDocument> documents = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      byte[] line = MarketFiles.record(i, market.next().observed()).toString().getBytes(StandardCharsets.UTF_8);
      var profile = ((ProfileParser.Parsed) parser.parse(line)).profile();
      Creator creator = new Creator(CreatorId.next(), Optional.of("bulk-" + i), Optional.empty(), profile, 1, Instant.now(), Instant.now());
      documents.add(CreatorDocument.of(creator, scores));
    }
    return documents;
  }
}
