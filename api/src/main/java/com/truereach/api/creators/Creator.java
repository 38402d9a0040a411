package com.truereach.api.creators;

import com.truereach.api.creators.profile.CreatorProfile;
import java.time.Instant;
import java.util.Optional;

/**
 * A creator as the rest of the application sees it: their profile, who may edit it, and the
 * version that optimistic concurrency checks.
 *
 * @param source the tenant whose partner supplied the creator (external ids are unique per source)
 * @param ownerSubject the identity of the creator's own account, once they signed up
 */
public record Creator(
    CreatorId id,
    Optional<String> source,
    Optional<String> ownerSubject,
    CreatorProfile profile,
    long version,
    Instant createdAt,
    Instant updatedAt) {}
