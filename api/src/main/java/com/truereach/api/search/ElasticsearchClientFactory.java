package com.truereach.api.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.net.URI;

@Factory
class ElasticsearchClientFactory {

  /**
   * The HTTP client under the search client, shared with {@link CreatorIndex}'s bulk writes, which
   * send a body they have written whole ({@link BulkBody}). Closing the search client closes it.
   */
  @Singleton
  Rest5Client restClient(SearchConfig config) {
    return Rest5Client.builder(URI.create(config.url())).build();
  }

  @Singleton
  @Bean(preDestroy = "close")
  ElasticsearchClient elasticsearchClient(Rest5Client restClient, JacksonJsonpMapper mapper) {
    return new ElasticsearchClient(new Rest5ClientTransport(restClient, mapper));
  }

  @Singleton
  JacksonJsonpMapper searchJsonMapper() {
    return jsonMapper();
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
