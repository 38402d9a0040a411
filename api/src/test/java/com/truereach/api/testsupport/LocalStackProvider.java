package com.truereach.api.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Uses the project's local stack (infra/stack.sh): the services run as local processes. When they
 * do not answer, the stack is started, exactly as a developer would with {@code infra/stack.sh start}.
 */
final class LocalStackProvider implements ServiceProvider {

  private static final String PG_HOST = env("TRUEREACH_PG_HOST", "127.0.0.1");
  private static final String PG_PORT = env("TRUEREACH_PG_PORT", "5432");
  private static final String ES_URL = "http://127.0.0.1:" + env("TRUEREACH_ES_PORT", "9200");
  private static final String ISSUER = "http://127.0.0.1:" + env("TRUEREACH_KC_PORT", "8180") + "/realms/truereach";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Override
  public String name() {
    return "local stack";
  }

  @Override
  public ServiceEndpoints start() {
    if (!allHealthy()) {
      runStack();
    }
    return new ServiceEndpoints(
        "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/truereach", "truereach", "truereach", ES_URL, ISSUER);
  }

  private boolean allHealthy() {
    // stack.sh status also ensures the truereach role and database exist only on start, so run
    // start whenever anything is missing: it is idempotent and quick when all is up.
    return answers(ES_URL + "/_cluster/health") && answers(ISSUER + "/.well-known/openid-configuration");
  }

  private boolean answers(String url) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void runStack() {
    Path script = RepositoryRoot.find().resolve("infra/stack.sh");
    try {
      Path log = Files.createTempFile("truereach-stack-start", ".log");
      Process process =
          new ProcessBuilder("bash", script.toString(), "start")
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException(
            "infra/stack.sh start failed; its output:\n" + Files.readString(log));
      }
    } catch (IOException e) {
      throw new IllegalStateException("could not run " + script, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the local stack", e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
