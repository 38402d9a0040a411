package com.truereach.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies token signatures against the identity provider's published keys (JWKS).
 *
 * <p>Keys are cached: refreshed after {@code keysRefreshInterval}, kept for up to {@code
 * keysMaxStale} while the provider is unreachable, and refreshed at once (rate-limited) when a
 * token names a key id we have not seen, which is how a key rotation shows up.
 */
@Singleton
public class SigningKeys implements SignatureConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(SigningKeys.class);
  private static final Set<JWSAlgorithm> SUPPORTED =
      Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.ES256);

  private final SecurityConfig config;
  private final Clock clock;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  private volatile JWKSet keys;
  private volatile Instant fetchedAt = Instant.EPOCH;
  private volatile Instant lastUnknownKeyRefresh = Instant.EPOCH;
  private volatile Instant lastAttempt = Instant.EPOCH;

  SigningKeys(SecurityConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  @Override
  public String supportedAlgorithmsMessage() {
    return "RS256, RS384, RS512, PS256 and ES256 from the identity provider's JWKS";
  }

  @Override
  public boolean supports(JWSAlgorithm algorithm) {
    return SUPPORTED.contains(algorithm);
  }

  @Override
  public boolean verify(SignedJWT jwt) throws JOSEException {
    String keyId = jwt.getHeader().getKeyID();
    if (keyId == null) {
      return false;
    }
    Optional<JWK> key = find(keyId);
    if (key.isEmpty()) {
      LOG.debug("Token names unknown key id {}", keyId);
      return false;
    }
    return verifier(key.get()).map(v -> safeVerify(jwt, v)).orElse(false);
  }

  private Optional<JWK> find(String keyId) {
    JWKSet current = currentKeys();
    JWK key = current == null ? null : current.getKeyByKeyId(keyId);
    if (key == null && mayRefreshForUnknownKey()) {
      current = refresh().orElse(current);
      key = current == null ? null : current.getKeyByKeyId(keyId);
    }
    if (key != null && key.getKeyUse() != null && key.getKeyUse() != KeyUse.SIGNATURE) {
      return Optional.empty();
    }
    return Optional.ofNullable(key);
  }

  private JWKSet currentKeys() {
    Duration age = Duration.between(fetchedAt, clock.instant());
    boolean due = keys == null || age.compareTo(config.keysRefreshInterval()) > 0;
    // While the provider fails, try again at most every unknownKeyRefreshMinInterval, serving
    // cached keys meanwhile, so requests do not queue behind a hanging refresh.
    boolean mayTry = keys == null || Duration.between(lastAttempt, clock.instant()).compareTo(config.unknownKeyRefreshMinInterval()) >= 0;
    if (due && mayTry) {
      Optional<JWKSet> fresh = refresh();
      if (fresh.isEmpty() && keys != null && age.compareTo(config.keysMaxStale()) > 0) {
        LOG.error("Signing keys are older than {} and the identity provider is unreachable; refusing tokens", config.keysMaxStale());
        return null;
      }
    }
    return keys;
  }

  private synchronized boolean mayRefreshForUnknownKey() {
    Instant now = clock.instant();
    if (Duration.between(lastUnknownKeyRefresh, now).compareTo(config.unknownKeyRefreshMinInterval()) < 0) {
      return false;
    }
    lastUnknownKeyRefresh = now;
    return true;
  }

  private synchronized Optional<JWKSet> refresh() {
    lastAttempt = clock.instant();
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(config.jwksUrl())).timeout(Duration.ofSeconds(5)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        LOG.warn("JWKS endpoint {} answered {}; keeping the keys we have", config.jwksUrl(), response.statusCode());
        return Optional.empty();
      }
      keys = JWKSet.parse(response.body());
      fetchedAt = clock.instant();
      return Optional.of(keys);
    } catch (IOException | ParseException e) {
      LOG.warn("Could not refresh signing keys from {}; keeping the keys we have: {}", config.jwksUrl(), e.toString());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static Optional<JWSVerifier> verifier(JWK key) {
    try {
      if (key instanceof RSAKey rsa) {
        return Optional.of(new RSASSAVerifier(rsa));
      }
      if (key instanceof ECKey ec) {
        return Optional.of(new ECDSAVerifier(ec));
      }
    } catch (JOSEException e) {
      LOG.warn("Unusable signing key {}: {}", key.getKeyID(), e.toString());
    }
    return Optional.empty();
  }

  private static boolean safeVerify(SignedJWT jwt, JWSVerifier verifier) {
    try {
      return jwt.verify(verifier);
    } catch (JOSEException e) {
      return false;
    }
  }
}
