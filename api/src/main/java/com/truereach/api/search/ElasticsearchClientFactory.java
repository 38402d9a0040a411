package com.truereach.api.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

@Factory
class ElasticsearchClientFactory {

  @Singleton
  @Bean(preDestroy = "close")
  ElasticsearchClient elasticsearchClient(SearchConfig config) {
    return ElasticsearchClient.of(builder -> builder.host(config.url()).jsonMapper(jsonMapper()));
  }

  /**
   * The client's default mapper, plus Jackson's fast number text: every indexed creator carries
   * a topic vector and dozens of rates and shares, and Float.toString was a visible share of the
   * relay's CPU. The values are the same (shortest text that reads back as the same number).
   */
  static JacksonJsonpMapper jsonMapper() {
    JsonMapper mapper = JsonMapper.builder()
        .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
        .serializationInclusion(JsonInclude.Include.NON_NULL).build();
    return new JacksonJsonpMapper(mapper);
  }
}
