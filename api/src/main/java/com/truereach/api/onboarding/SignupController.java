package com.truereach.api.onboarding;

import com.truereach.api.idempotency.IdempotentRequests;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Self-service sign-up: a brand or agency gets its tenant and admin; a creator gets a profile. */
@Tag(name = "Onboarding")
@Controller("/v1/signups")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SignupController {

  private final SignUp signUp;
  private final IdempotentRequests idempotency;

  SignupController(SignUp signUp, IdempotentRequests idempotency) {
    this.signUp = signUp;
    this.idempotency = idempotency;
  }

  @Operation(summary = "Sign up a brand or agency: creates the tenant and its first admin")
  @Post(uri = "/tenants", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> signUpTenant(@Valid @Body TenantSignupRequest request, @Nullable @Header(IdempotentRequests.HEADER) String key) {
    return idempotency.execute(key, "signup:" + request.admin().email().toLowerCase(), "signups.tenant",
        java.util.List.of(request.organizationName(), request.tenantId(), request.kind(), request.admin().email()),
        () -> HttpResponse.created(signUp.tenant(request)));
  }

  @Operation(summary = "Sign up a creator: creates the account and its own creator profile")
  @Post(uri = "/creators", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> signUpCreator(@Valid @Body CreatorSignupRequest request, @Nullable @Header(IdempotentRequests.HEADER) String key) {
    return idempotency.execute(key, "signup:" + request.account().email().toLowerCase(), "signups.creator",
        java.util.List.of(request.displayName(), request.country(), request.account().email()),
        () -> HttpResponse.created(signUp.creator(request)));
  }
}
