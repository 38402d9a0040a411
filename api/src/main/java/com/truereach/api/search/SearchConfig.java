package com.truereach.api.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where the search index lives.
 *
 * @param url Elasticsearch's HTTP address
 * @param indexPrefix prepended to every index and alias name, so several environments (or test
 *     runs) can share one cluster without seeing each other's documents
 */
@ConfigurationProperties("truereach.search")
public record SearchConfig(
    @Bindable(defaultValue = "http://127.0.0.1:9200") String url,
    @Bindable(defaultValue = "") String indexPrefix) {

  public String creatorsAlias() {
    return indexPrefix + "creators";
  }
}
