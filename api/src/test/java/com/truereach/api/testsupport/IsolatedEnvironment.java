package com.truereach.api.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A private database and index prefix for one application context. Both are removed when the test
 * JVM exits, so runs leave nothing behind for the next.
 */
final class IsolatedEnvironment {

  private static final List<IsolatedEnvironment> CREATED = new CopyOnWriteArrayList<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> CREATED.forEach(IsolatedEnvironment::remove)));
  }

  private final ServiceEndpoints endpoints;
  private final String database;
  private final String indexPrefix;

  private IsolatedEnvironment(ServiceEndpoints endpoints, String suffix) {
    this.endpoints = endpoints;
    this.database = "truereach_it_" + suffix;
    this.indexPrefix = "it-" + suffix + "-";
  }

  static IsolatedEnvironment create(ServiceEndpoints endpoints) {
    IsolatedEnvironment environment =
        new IsolatedEnvironment(endpoints, UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    environment.execute("CREATE DATABASE " + environment.database);
    CREATED.add(environment);
    return environment;
  }

  Map<String, String> properties() {
    return Map.ofEntries(
        Map.entry("datasources.default.url", databaseUrl()),
        Map.entry("datasources.default.username", endpoints.postgresUser()),
        Map.entry("datasources.default.password", endpoints.postgresPassword()),
        Map.entry("truereach.search.url", endpoints.elasticsearchUrl()),
        Map.entry("truereach.search.index-prefix", indexPrefix),
        Map.entry("truereach.identity.issuer", endpoints.keycloakIssuer()),
        Map.entry("truereach.rate-limit.key-prefix", indexPrefix),
        // Generous limits by default; RateLimitTest sets its own.
        Map.entry("truereach.rate-limit.starter-per-minute", "100000"),
        Map.entry("truereach.rate-limit.person-per-minute", "100000"),
        Map.entry("truereach.rate-limit.anonymous-per-minute", "100000"));
  }

  private String databaseUrl() {
    String base = endpoints.postgresUrl();
    int slash = base.lastIndexOf('/');
    int query = base.indexOf('?', slash);
    return base.substring(0, slash + 1) + database + (query < 0 ? "" : base.substring(query));
  }

  private void remove() {
    try {
      execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      // Elasticsearch refuses to delete by wildcard (action.destructive_requires_name): name each index.
      HttpClient http = HttpClient.newHttpClient();
      String names = http.send(HttpRequest.newBuilder(URI.create(endpoints.elasticsearchUrl() + "/_cat/indices/" + indexPrefix
              + "*?h=index")).GET().build(), HttpResponse.BodyHandlers.ofString()).body().strip().replace('\n', ',');
      if (!names.isEmpty()) {
        HttpResponse<String> deleted = http.send(HttpRequest.newBuilder(URI.create(endpoints.elasticsearchUrl() + "/" + names))
            .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        if (deleted.statusCode() != 200) {
          System.err.println("Could not delete test indices " + names + ": " + deleted.body());
        }
      }
    } catch (Exception e) {
      System.err.println("Could not clean up test environment " + database + ": " + e);
    }
  }

  private void execute(String sql) {
    try (Connection connection =
            DriverManager.getConnection(endpoints.postgresUrl(), endpoints.postgresUser(), endpoints.postgresPassword());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("could not run '" + sql + "' on " + endpoints.postgresUrl(), e);
    }
  }
}
