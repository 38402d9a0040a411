package com.truereach.api.creators;

/** What an upsert did to one creator. */
public record UpsertOutcome(CreatorId id, boolean created) {}
