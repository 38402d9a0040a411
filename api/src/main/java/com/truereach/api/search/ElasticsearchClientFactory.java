package com.truereach.api.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

@Factory
class ElasticsearchClientFactory {

  @Singleton
  @Bean(preDestroy = "close")
  ElasticsearchClient elasticsearchClient(SearchConfig config) {
    return ElasticsearchClient.of(builder -> builder.host(config.url()));
  }
}
