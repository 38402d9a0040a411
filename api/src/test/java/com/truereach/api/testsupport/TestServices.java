package com.truereach.api.testsupport;

import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point through which integration tests get PostgreSQL, Elasticsearch and Keycloak.
 *
 * <p>With a Docker engine it uses Testcontainers; without one, the local stack (started when it is
 * not running). Force a provider with {@code -Dtruereach.test.services=local|testcontainers} or the
 * environment variable {@code TRUEREACH_TEST_SERVICES}. Services start once per test JVM; every
 * test class then gets its own database and index prefix (see {@link IsolatedEnvironment}), so no
 * test sees data another left behind.
 */
public final class TestServices {

  private static final Logger LOG = LoggerFactory.getLogger(TestServices.class);
  private static ServiceEndpoints endpoints;

  private TestServices() {}

  public static synchronized ServiceEndpoints endpoints() {
    if (endpoints == null) {
      ServiceProvider provider = chooseProvider();
      long started = System.nanoTime();
      endpoints = provider.start();
      LOG.info("Test services from {} ready in {} ms: {}", provider.name(), (System.nanoTime() - started) / 1_000_000, endpoints);
    }
    return endpoints;
  }

  /** Micronaut properties pointing one application context at a fresh, private environment. */
  public static Map<String, String> isolatedProperties() {
    return IsolatedEnvironment.create(endpoints()).properties();
  }

  private static ServiceProvider chooseProvider() {
    String forced = System.getProperty("truereach.test.services", System.getenv("TRUEREACH_TEST_SERVICES"));
    String choice = forced == null || forced.isBlank() ? "auto" : forced.toLowerCase(Locale.ROOT);
    return switch (choice) {
      case "local" -> new LocalStackProvider();
      case "testcontainers" -> new TestcontainersProvider();
      case "auto" -> TestcontainersProvider.dockerAvailable() ? new TestcontainersProvider() : new LocalStackProvider();
      default -> throw new IllegalArgumentException(
          "truereach.test.services must be auto, local or testcontainers, not '" + choice + "'");
    };
  }
}
