package com.truereach.api.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.truereach.api.testsupport.ApiClient;
import com.truereach.api.testsupport.TestServices;
import com.truereach.api.testsupport.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Partner clients are limited per client, with 429 and Retry-After, by state shared in Redis. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitTest implements TestPropertyProvider {

  @Inject EmbeddedServer server;

  private Map<String, String> properties;

  @Override
  public synchronized Map<String, String> getProperties() {
    if (properties == null) {
      properties = new HashMap<>(TestServices.isolatedProperties());
      properties.put("truereach.rate-limit.starter-per-minute", "5");
    }
    return properties;
  }

  @Test
  void a_partner_over_its_allowance_gets_429_with_retry_after_and_others_are_unaffected() {
    ApiClient acme = new ApiClient(server.getURL()).as(Tokens.acmePartner());
    ApiClient northwind = new ApiClient(server.getURL()).as(Tokens.northwindPartner());

    List<ApiClient.Response> burst = IntStream.range(0, 8).mapToObj(i -> acme.get("/v1/creators")).toList();

    assertThat(burst.stream().filter(r -> r.status() == 200)).hasSize(5);
    ApiClient.Response limited = burst.get(7);
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.contentType()).startsWith("application/problem+json");
    assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
    assertThat(northwind.get("/v1/creators").status()).isEqualTo(200);
  }

  @Test
  void the_allowance_is_shared_by_every_api_instance() {
    // A second application context stands for a second API instance on the same Redis.
    try (var second = io.micronaut.context.ApplicationContext.run(io.micronaut.runtime.server.EmbeddedServer.class, secondInstance())) {
      // A client of its own, so the other test's requests do not count against it.
      ApiClient.Response created = new ApiClient(server.getURL()).as(Tokens.person("alice@acme.example"))
          .postJson("/v1/clients", "{\"name\": \"rate test\", \"scopes\": [\"creators:read\"]}");
      String token = Tokens.clientCredentials(created.json().get("client").get("clientId").asText(), created.json().get("clientSecret").asText());
      ApiClient first = new ApiClient(server.getURL()).as(token);
      ApiClient other = new ApiClient(second.getURL()).as(token);

      long ok = IntStream.range(0, 8).mapToObj(i -> (i % 2 == 0 ? first : other).get("/v1/creators"))
          .filter(r -> r.status() == 200).count();

      assertThat(ok).isEqualTo(5);
    }
  }

  private Map<String, Object> secondInstance() {
    Map<String, Object> properties = new HashMap<>(getProperties());
    // Same database, index and Redis key space: two instances of one deployment.
    properties.put("micronaut.server.port", "-1");
    return properties;
  }
}
