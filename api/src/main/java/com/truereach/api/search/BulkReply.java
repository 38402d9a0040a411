package com.truereach.api.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * What {@code _bulk} answers, filtered to what the indexer reads ({@link #FILTER}): whether any
 * operation failed and, for those that did, why. The full answer repeats index, id, version and
 * shard counts for every document, which Elasticsearch would write and the API parse for nothing.
 * Only failed operations keep an entry (the filter drops the others whole); a delete of a document
 * that is already gone is not a failure and carries no error.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record BulkReply(boolean errors, List<Map<String, Item>> items) {

  static final String FILTER = "errors,items.*.error";

  /** One failed operation; the map key around it is the operation's type. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Item(Failure error) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Failure(String type, String reason) {}

  /** The first few failures, as "type: reason", for a log line or an exception. */
  List<String> failures(int limit) {
    if (!errors) {
      return List.of();
    }
    List<String> failures = items == null ? List.of() : items.stream().flatMap(item -> item.values().stream())
        .filter(item -> item.error() != null)
        .limit(limit)
        .map(item -> item.error().type() + ": " + item.error().reason())
        .toList();
    return failures.isEmpty() ? List.of("an operation failed, and the answer did not say which") : failures;
  }
}
