package com.truereach.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Key caching, outage tolerance and rotation, against a small local JWKS server. */
class SigningKeysTest {

  HttpServer jwksServer;
  AtomicReference<JWKSet> published = new AtomicReference<>();
  AtomicInteger fetches = new AtomicInteger();
  MovableClock clock = new MovableClock();
  RSAKey firstKey;
  SigningKeys keys;

  @BeforeEach
  void start() throws Exception {
    firstKey = new RSAKeyGenerator(2048).keyID("first").generate();
    published.set(new JWKSet(firstKey.toPublicJWK()));
    jwksServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    jwksServer.createContext("/certs", exchange -> {
      fetches.incrementAndGet();
      byte[] body = published.get().toString().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    jwksServer.start();
    String url = "http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/certs";
    keys = new SigningKeys(new SecurityConfig(url, Duration.ofMinutes(10), Duration.ofHours(24), Duration.ofSeconds(10), Duration.ofSeconds(30)), clock);
  }

  @AfterEach
  void stop() {
    jwksServer.stop(0);
  }

  @Test
  void a_token_signed_by_a_published_key_verifies_and_keys_are_fetched_once() throws Exception {
    assertThat(keys.verify(signedBy(firstKey))).isTrue();
    assertThat(keys.verify(signedBy(firstKey))).isTrue();
    assertThat(fetches.get()).isEqualTo(1);
  }

  @Test
  void cached_keys_keep_working_while_the_identity_provider_is_down() throws Exception {
    assertThat(keys.verify(signedBy(firstKey))).isTrue();
    jwksServer.stop(0);
    clock.advance(Duration.ofMinutes(30));

    assertThat(keys.verify(signedBy(firstKey))).isTrue();
  }

  @Test
  void keys_older_than_the_stale_limit_are_no_longer_trusted_during_an_outage() throws Exception {
    assertThat(keys.verify(signedBy(firstKey))).isTrue();
    jwksServer.stop(0);
    clock.advance(Duration.ofHours(25));

    assertThat(keys.verify(signedBy(firstKey))).isFalse();
  }

  @Test
  void an_unknown_key_id_triggers_a_refresh_so_a_rotated_key_is_accepted() throws Exception {
    assertThat(keys.verify(signedBy(firstKey))).isTrue();
    RSAKey rotated = new RSAKeyGenerator(2048).keyID("second").generate();
    published.set(new JWKSet(java.util.List.of(firstKey.toPublicJWK(), rotated.toPublicJWK())));
    clock.advance(Duration.ofSeconds(11));

    assertThat(keys.verify(signedBy(rotated))).isTrue();
    assertThat(fetches.get()).isEqualTo(2);
  }

  @Test
  void unknown_key_ids_cannot_make_us_hammer_the_identity_provider() throws Exception {
    RSAKey forged = new RSAKeyGenerator(2048).keyID("forged").generate();
    keys.verify(signedBy(firstKey));
    for (int i = 0; i < 20; i++) {
      assertThat(keys.verify(signedBy(forged))).isFalse();
    }
    assertThat(fetches.get()).isLessThanOrEqualTo(2);
  }

  @Test
  void a_token_signed_by_an_unpublished_key_with_a_known_key_id_is_refused() throws Exception {
    RSAKey impostor = new RSAKeyGenerator(2048).keyID("first").generate();
    assertThat(keys.verify(signedBy(impostor))).isFalse();
  }

  private static SignedJWT signedBy(RSAKey key) throws Exception {
    SignedJWT jwt = new SignedJWT(
        new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
        new JWTClaimsSet.Builder().subject("someone").issueTime(new java.util.Date()).build());
    jwt.sign(new RSASSASigner(key));
    return jwt;
  }

  static final class MovableClock extends Clock {
    private Instant now = Instant.now();

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
