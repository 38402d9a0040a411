package com.truereach.api.onboarding;

import com.truereach.api.validation.StorableText;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A brand or agency signing up; {@code tenantId} is the workspace's short name in URLs and tokens. */
@Serdeable
record TenantSignupRequest(
    @NotBlank @Size(max = 100) @StorableText String organizationName,
    @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "must be 2 to 63 lower-case letters, digits or dashes") String tenantId,
    @NotNull @Pattern(regexp = "brand|agency", message = "must be brand or agency") String kind,
    @NotNull @Valid AccountRequest admin) {}
