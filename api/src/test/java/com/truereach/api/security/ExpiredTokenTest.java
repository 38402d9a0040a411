package com.truereach.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.truereach.api.testsupport.ApiClient;
import com.truereach.api.testsupport.IntegrationTest;
import com.truereach.api.testsupport.Tokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A real token is refused once its expiry (plus the allowed skew) has passed on the API's clock. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExpiredTokenTest implements IntegrationTest {

  @Inject EmbeddedServer server;

  @MockBean(Clock.class)
  Clock tenMinutesLater() {
    return Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10));
  }

  @Test
  void an_expired_token_is_refused() {
    // Keycloak issues 5-minute tokens; the API's clock runs 10 minutes ahead.
    ApiClient.Response response = new ApiClient(server.getURL()).as(Tokens.clientCredentials("acme-partner", "acme-partner-secret"))
        .get("/v1/creators");

    assertThat(response.status()).isEqualTo(401);
  }
}
