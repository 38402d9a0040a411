package com.truereach.api.idempotency;

import com.truereach.api.problem.Problem;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes a creating POST safe to retry. The first request with a key runs and its response is
 * stored; a retry with the same key and body gets that response again (marked {@code
 * Idempotent-Replayed: true}); the same key with another body is refused; a retry that arrives
 * while the first is still running waits for it. Keys belong to the caller's tenant (or, for a
 * tenant-less caller, the caller) and expire after {@link IdempotencyKeys#TTL}.
 */
@Singleton
public class IdempotentRequests {

  public static final String HEADER = "Idempotency-Key";
  private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(10);

  private final IdempotencyKeys keys;
  private final JsonMapper json;

  IdempotentRequests(IdempotencyKeys keys, JsonMapper json) {
    this.keys = keys;
    this.json = json;
  }

  public HttpResponse<?> execute(
      @Nullable String key, String owner, String operation, Object request, Supplier<HttpResponse<?>> action) {
    return execute(key, owner, operation, request, action, java.util.Set.of());
  }

  /**
   * As above, but the named top-level fields of the response (secrets shown once, such as a client
   * secret) are never stored: a replay answers without them.
   */
  public HttpResponse<?> execute(@Nullable String key, String owner, String operation, Object request,
      Supplier<HttpResponse<?>> action, java.util.Set<String> secretFields) {
    if (key == null) {
      return action.get();
    }
    validate(key);
    String hash = fingerprint(operation, request);
    if (keys.claim(owner, key, operation, hash)) {
      return runAndStore(owner, key, action, secretFields);
    }
    long deadline = System.nanoTime() + WAIT_FOR_FIRST.toNanos();
    while (true) {
      Optional<StoredRequest> stored = keys.find(owner, key);
      if (stored.isEmpty()) {
        // The first attempt failed and released the key (or it expired): this one runs.
        if (keys.claim(owner, key, operation, hash)) {
          return runAndStore(owner, key, action, secretFields);
        }
        continue;
      }
      StoredRequest first = stored.get();
      if (!first.operation().equals(operation) || !first.requestHash().equals(hash)) {
        throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
            "The key '" + key + "' was first used with a different request; use a new key for a new request.");
      }
      if (first.completed()) {
        return replay(first);
      }
      if (System.nanoTime() > deadline) {
        throw new ProblemException(ProblemType.REQUEST_IN_PROGRESS, "The first request with this key has not finished; retry shortly.");
      }
      sleep();
    }
  }

  private HttpResponse<?> runAndStore(String owner, String key, Supplier<HttpResponse<?>> action, java.util.Set<String> secretFields) {
    HttpResponse<?> response;
    try {
      response = action.get();
    } catch (RuntimeException e) {
      // Nothing was created: release the key so the client may retry with it.
      keys.release(owner, key);
      throw e;
    }
    String body = response.getBody().map(this::serialize).map(json -> withoutSecrets(json, secretFields)).orElse(null);
    keys.complete(owner, key, response.code(), body, response.getHeaders().get("Location"));
    return response;
  }

  private static MutableHttpResponse<?> replay(StoredRequest stored) {
    MutableHttpResponse<String> response = HttpResponse.status(HttpStatus.valueOf(stored.status()));
    if (stored.body() != null) {
      response.body(stored.body()).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
    if (stored.location() != null) {
      response.header("Location", stored.location());
    }
    return response.header("Idempotent-Replayed", "true");
  }

  private String withoutSecrets(String json, java.util.Set<String> secretFields) {
    if (secretFields.isEmpty()) {
      return json;
    }
    try {
      var tree = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
      secretFields.forEach(tree::remove);
      return tree.toString();
    } catch (IOException | ClassCastException e) {
      return null;
    }
  }

  private String serialize(Object body) {
    if (body instanceof CharSequence json) {
      return json.toString();
    }
    try {
      return json.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalStateException("response not serialisable", e);
    }
  }

  private String fingerprint(String operation, Object request) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(operation.getBytes(StandardCharsets.UTF_8));
      digest.update(json.writeValueAsBytes(request));
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("could not fingerprint the request", e);
    }
  }

  private static void validate(String key) {
    if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
      throw new ProblemException(ProblemType.VALIDATION_FAILED, "The Idempotency-Key header is invalid.",
          List.of(new Problem.FieldError(HEADER, "must be 1 to 255 visible ASCII characters, e.g. a UUID")));
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProblemException(ProblemType.REQUEST_IN_PROGRESS, "Interrupted while waiting for the first request.");
    }
  }
}
