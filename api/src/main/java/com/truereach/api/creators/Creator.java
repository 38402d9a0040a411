package com.truereach.api.creators;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A creator as the rest of the application sees it. */
public record Creator(
    CreatorId id,
    Optional<String> externalId,
    String displayName,
    String bio,
    String country,
    List<String> languages,
    List<String> niches,
    Instant createdAt,
    Instant updatedAt) {}
