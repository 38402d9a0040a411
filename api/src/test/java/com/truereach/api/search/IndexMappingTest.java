package com.truereach.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.truereach.api.creators.profile.ProfileJson;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class IndexMappingTest {

  private static JsonNode mapping() throws IOException {
    try (InputStream in = IndexMappingTest.class.getResourceAsStream("/search/creators-index.json")) {
      return ProfileJson.MAPPER.readTree(in).get("mappings");
    }
  }

  /** ADR 0015: an exclusion makes Elasticsearch rewrite every document's source on every write. */
  @Test
  void the_stored_source_is_written_as_sent() throws IOException {
    JsonNode mapping = mapping();

    assertThat(mapping.has("_source")).as("_source settings (excludes cost a quarter of indexing)").isFalse();
    assertThat(mapping.get("properties").has("rankingFacts")).isTrue();
    assertThat(mapping.get("properties").has("reachPerCost")).isTrue();
  }

  @Test
  void the_mapping_version_is_the_one_that_keeps_the_ranking_fields_in_source() throws IOException {
    assertThat(mapping().get("_meta").get("version").asInt()).isGreaterThanOrEqualTo(5);
  }
}
