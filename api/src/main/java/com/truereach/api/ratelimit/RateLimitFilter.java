package com.truereach.api.ratelimit;

import com.truereach.api.problem.Problem;
import com.truereach.api.problem.ProblemType;
import com.truereach.api.security.Caller;
import com.truereach.api.tenancy.Plan;
import com.truereach.api.tenancy.Tenants;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits /v1 requests per caller: a partner client by its plan's allowance, a person by the person
 * allowance, an anonymous caller by address. Answers 429 with Retry-After in seconds.
 */
@ServerFilter("/v1/**")
class RateLimitFilter implements Ordered {

  private final RateLimiter limiter;
  private final RateLimitConfig config;
  private final Tenants tenants;
  private final Map<String, Plan> plans = new ConcurrentHashMap<>();

  RateLimitFilter(RateLimiter limiter, RateLimitConfig config, Tenants tenants) {
    this.limiter = limiter;
    this.config = config;
    this.tenants = tenants;
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.after();
  }

  @RequestFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Nullable
  HttpResponse<Problem> limit(HttpRequest<?> request) {
    if (!config.enabled()) {
      return null;
    }
    Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
    String key;
    int perMinute;
    if (authentication.isPresent()) {
      Caller caller = Caller.of(authentication.get());
      if (caller.isPartner()) {
        key = "client:" + caller.clientId();
        perMinute = caller.tenant().map(t -> perMinute(plans.computeIfAbsent(t.value(), id -> tenants.planOf(t).orElse(Plan.STARTER))))
            .orElse(config.starterPerMinute());
      } else {
        key = "user:" + caller.subject();
        perMinute = config.personPerMinute();
      }
    } else {
      key = "ip:" + request.getRemoteAddress().getAddress().getHostAddress();
      perMinute = config.anonymousPerMinute();
    }
    Optional<Duration> wait = limiter.acquire(key, perMinute);
    if (wait.isEmpty()) {
      return null;
    }
    long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
    return HttpResponse.<Problem>status(HttpStatus.TOO_MANY_REQUESTS)
        .header("Retry-After", String.valueOf(seconds))
        .contentType(Problem.MEDIA_TYPE)
        .body(Problem.of(ProblemType.RATE_LIMITED,
            "This caller's allowance of " + perMinute + " requests per minute is used up; retry in " + seconds + " s.",
            request.getPath()));
  }

  private int perMinute(Plan plan) {
    return switch (plan) {
      case STARTER -> config.starterPerMinute();
      case GROWTH -> config.growthPerMinute();
      case ENTERPRISE -> config.enterprisePerMinute();
    };
  }
}
