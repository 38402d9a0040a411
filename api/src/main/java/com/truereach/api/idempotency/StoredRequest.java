package com.truereach.api.idempotency;

import io.micronaut.core.annotation.Nullable;

/** The first request made with a key, and its response once it finished. */
record StoredRequest(
    String operation, String requestHash, boolean completed, int status, @Nullable String body, @Nullable String location) {}
