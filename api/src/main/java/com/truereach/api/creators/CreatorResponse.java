package com.truereach.api.creators;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A creator as the API returns it. */
@Serdeable
@Schema(name = "Creator")
public record CreatorResponse(
    String id,
    @Nullable String externalId,
    String displayName,
    String bio,
    String country,
    List<String> languages,
    List<String> niches,
    Instant createdAt,
    Instant updatedAt) {

  static CreatorResponse of(Creator creator) {
    return new CreatorResponse(
        creator.id().toString(),
        creator.externalId().orElse(null),
        creator.displayName(),
        creator.bio(),
        creator.country(),
        creator.languages(),
        creator.niches(),
        creator.createdAt(),
        creator.updatedAt());
  }
}
