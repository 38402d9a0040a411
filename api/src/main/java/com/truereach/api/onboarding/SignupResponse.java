package com.truereach.api.onboarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What a sign-up created. The person logs in through the identity provider with their password. */
@Serdeable
record SignupResponse(String userId, @Nullable String tenantId, @Nullable String creatorId) {}
