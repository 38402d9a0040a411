package com.truereach.api.onboarding;

import com.truereach.api.validation.StorableText;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person's login: email (also the username), names and a password of at least 12 characters. */
@Serdeable
record AccountRequest(
    @NotBlank @Email @Size(max = 254) String email,
    @NotBlank @Size(max = 80) @StorableText String firstName,
    @NotBlank @Size(max = 80) @StorableText String lastName,
    @NotBlank @Size(min = 12, max = 128) String password) {}
