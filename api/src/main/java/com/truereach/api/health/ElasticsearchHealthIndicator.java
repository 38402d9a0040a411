package com.truereach.api.health;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.Map;

/** Elasticsearch is up when the cluster answers and is not red. */
@Singleton
final class ElasticsearchHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

  private final ElasticsearchClient client;

  ElasticsearchHealthIndicator(ElasticsearchClient client) {
    this.client = client;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    try {
      HealthResponse health = client.cluster().health();
      healthStatus =
          health.status() == co.elastic.clients.elasticsearch._types.HealthStatus.Red ? HealthStatus.DOWN : HealthStatus.UP;
      return Map.of("cluster", health.clusterName(), "status", health.status().jsonValue(), "nodes", health.numberOfNodes());
    } catch (Exception e) {
      healthStatus = HealthStatus.DOWN;
      return Map.of("error", String.valueOf(e.getMessage()));
    }
  }

  @Override
  protected String getName() {
    return "elasticsearch";
  }
}
