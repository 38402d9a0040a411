package com.truereach.api.ratelimit;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A limiter shared by every API instance: the state lives in Redis and one Lua script decides
 * atomically. When Redis cannot be reached the request is let through and the failure logged:
 * an outage of the limiter must not become an outage of the API.
 */
@Singleton
class RateLimiter {

  private static final Logger LOG = LoggerFactory.getLogger(RateLimiter.class);

  private final StatefulRedisConnection<String, String> redis;
  private final String script;
  private volatile String scriptSha;

  private final String keyPrefix;

  RateLimiter(StatefulRedisConnection<String, String> redis, RateLimitConfig config) {
    this.redis = redis;
    this.keyPrefix = config.keyPrefix();
    this.script = load();
  }

  /** Empty when allowed; otherwise how long to wait. */
  java.util.Optional<Duration> acquire(String callerKey, int perMinute) {
    try {
      long interval = Math.max(1, 60_000L / perMinute);
      List<Long> result = evaluate(keyPrefix + "rl:" + callerKey, String.valueOf(interval), String.valueOf(perMinute));
      if (result.get(0) == 1L) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(Duration.ofMillis(result.get(1)));
    } catch (RuntimeException e) {
      LOG.warn("Rate limiter unavailable, letting the request through: {}", e.toString());
      return java.util.Optional.empty();
    }
  }

  private List<Long> evaluate(String key, String interval, String burst) {
    if (scriptSha == null) {
      scriptSha = redis.sync().scriptLoad(script);
    }
    try {
      return redis.sync().evalsha(scriptSha, ScriptOutputType.MULTI, new String[] {key}, interval, burst);
    } catch (io.lettuce.core.RedisNoScriptException e) {
      scriptSha = redis.sync().scriptLoad(script);
      return redis.sync().evalsha(scriptSha, ScriptOutputType.MULTI, new String[] {key}, interval, burst);
    }
  }

  private static String load() {
    try (InputStream in = RateLimiter.class.getResourceAsStream("/ratelimit/gcra.lua")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new UncheckedIOException(new IOException("ratelimit/gcra.lua missing", e));
    }
  }
}
