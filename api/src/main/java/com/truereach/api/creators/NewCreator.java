package com.truereach.api.creators;

import java.util.List;
import java.util.Optional;

/** What a partner or a creator supplies to register a creator, already validated. */
public record NewCreator(
    Optional<String> externalId,
    String displayName,
    String bio,
    String country,
    List<String> languages,
    List<String> niches) {}
