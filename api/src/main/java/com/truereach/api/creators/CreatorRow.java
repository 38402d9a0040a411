package com.truereach.api.creators;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The row of catalog.creators; never leaves this package. */
@MappedEntity(value = "creators", schema = "catalog")
record CreatorRow(
    @Id UUID id,
    @Nullable String externalId,
    @Nullable String ownerSubject,
    String displayName,
    String bio,
    String country,
    @TypeDef(type = DataType.STRING_ARRAY) String[] languages,
    @TypeDef(type = DataType.STRING_ARRAY) String[] niches,
    @DateCreated @Nullable Instant createdAt,
    @DateUpdated @Nullable Instant updatedAt) {

  static CreatorRow from(CreatorId id, NewCreator creator, String ownerSubject) {
    return new CreatorRow(
        id.value(),
        creator.externalId().orElse(null),
        ownerSubject,
        creator.displayName(),
        creator.bio(),
        creator.country(),
        creator.languages().toArray(String[]::new),
        creator.niches().toArray(String[]::new),
        null,
        null);
  }

  Creator toCreator() {
    return new Creator(
        new CreatorId(id),
        Optional.ofNullable(externalId),
        displayName,
        bio,
        country,
        List.copyOf(Arrays.asList(languages)),
        List.copyOf(Arrays.asList(niches)),
        createdAt,
        updatedAt);
  }
}
