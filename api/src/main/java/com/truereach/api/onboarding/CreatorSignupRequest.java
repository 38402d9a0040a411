package com.truereach.api.onboarding;

import com.truereach.api.validation.StorableText;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A creator signing up: their login and the first facts of their profile. */
@Serdeable
record CreatorSignupRequest(
    @NotNull @Valid AccountRequest account,
    @NotBlank @Size(max = 120) @StorableText String displayName,
    @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as FR") String country) {}
