package com.truereach.api.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The creators index. Writes and searches go through an alias, so a full rebuild can fill a new
 * index and swap the alias with no downtime.
 */
@Context
public class CreatorIndex {

  private static final DateTimeFormatter INDEX_SUFFIX =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

  private final ElasticsearchClient client;
  private final SearchConfig config;
  private final Clock clock;

  CreatorIndex(ElasticsearchClient client, SearchConfig config) {
    this.client = client;
    this.config = config;
    this.clock = Clock.systemUTC();
  }

  public String alias() {
    return config.creatorsAlias();
  }

  private volatile boolean outdated;

  /** True when the aliased index was built with an older mapping than this code's; a rebuild fixes it. */
  public boolean outdated() {
    return outdated;
  }

  /**
   * Creates a first index behind the alias when none exists; harmless when one does. Notes when the
   * existing index's mapping version ({@code _meta.version}) is older than this code's.
   */
  @PostConstruct
  void ensureExists() {
    try {
      if (client.indices().existsAlias(a -> a.name(alias())).value()) {
        int current;
        try (InputStream definition = definition()) {
          current = MAPPING_VERSION.matcher(new String(definition.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
              .results().findFirst().map(m -> Integer.parseInt(m.group(1))).orElse(0);
        }
        for (var mapping : client.indices().getMapping(m -> m.index(alias())).mappings().values()) {
          var meta = mapping.mappings().meta();
          int version = meta.containsKey("version") ? meta.get("version").to(Integer.class) : 0;
          outdated |= version < current;
        }
      } else {
        String index = createIndex();
        client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(alias()).isWriteIndex(true))));
      }
    } catch (IOException e) {
      throw new SearchUnavailableException("could not prepare the creators index", e);
    }
  }

  /** A new, empty index with the current mapping, not yet behind the alias. */
  String createIndex() throws IOException {
    String index = alias() + "-" + INDEX_SUFFIX.format(clock.instant());
    try (InputStream definition = definition()) {
      client.indices().create(c -> c.index(index).withJson(definition));
    }
    return index;
  }

  /** The indices the alias points at now. */
  java.util.Set<String> aliasedIndices() throws IOException {
    return client.indices().getAlias(a -> a.name(alias())).aliases().keySet();
  }

  /** Points the alias at {@code index} alone, in one atomic step, and drops what it pointed at before. */
  void swapTo(String index) throws IOException {
    java.util.Set<String> previous = aliasedIndices();
    client.indices().updateAliases(u -> {
      previous.forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(alias()))));
      return u.actions(a -> a.add(add -> add.index(index).alias(alias()).isWriteIndex(true)));
    });
    for (String old : previous) {
      client.indices().delete(d -> d.index(old));
    }
  }

  /** Bulk-writes documents straight into one index (used while filling a rebuild). */
  void writeTo(String index, Collection<CreatorDocument> documents) throws IOException {
    if (documents.isEmpty()) {
      return;
    }
    BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
    documents.forEach(doc -> bulk.operations(op -> op.index(i -> i.id(doc.id()).document(doc))));
    BulkResponse response = client.bulk(bulk.build());
    if (response.errors()) {
      throw new IOException("bulk indexing into " + index + " failed: " + response.items().stream()
          .filter(item -> item.error() != null).map(item -> item.error().reason()).limit(3).toList());
    }
  }

  /** Indexes the given documents and removes the ids that no longer exist, in one bulk request. */
  public void apply(Collection<CreatorDocument> upserts, Collection<String> deletedIds) throws IOException {
    if (upserts.isEmpty() && deletedIds.isEmpty()) {
      return;
    }
    BulkRequest.Builder bulk = new BulkRequest.Builder().index(alias());
    upserts.forEach(doc -> bulk.operations(op -> op.index(i -> i.id(doc.id()).document(doc))));
    deletedIds.forEach(id -> bulk.operations(op -> op.delete(d -> d.id(id))));
    BulkResponse response = client.bulk(bulk.build());
    if (response.errors()) {
      List<String> failures =
          response.items().stream()
              .filter(item -> item.error() != null && !(item.status() == 404 && deletedIds.contains(item.id())))
              .map(BulkResponseItem::error)
              .map(error -> error.type() + ": " + error.reason())
              .limit(5)
              .collect(Collectors.toList());
      if (!failures.isEmpty()) {
        throw new IOException("bulk indexing failed: " + failures);
      }
    }
  }

  ElasticsearchClient client() {
    return client;
  }

  private static final java.util.regex.Pattern MAPPING_VERSION =
      java.util.regex.Pattern.compile("\"_meta\"\\s*:\\s*\\{\\s*\"version\"\\s*:\\s*(\\d+)");

  private static InputStream definition() {
    InputStream stream = CreatorIndex.class.getResourceAsStream("/search/creators-index.json");
    if (stream == null) {
      throw new UncheckedIOException(new IOException("search/creators-index.json is missing from the classpath"));
    }
    return stream;
  }
}
