package com.truereach.matching.signals;

import com.truereach.matching.audience.OrganicReach;
import java.util.Objects;

/** What the engine concludes about one creator, ready to be stored beside the creator in the search index. */
public record CreatorScore(String creatorId, AuthenticityScore authenticity, OrganicReach organicReach) {

    public CreatorScore {
        Objects.requireNonNull(creatorId, "creatorId");
        Objects.requireNonNull(authenticity, "authenticity");
        Objects.requireNonNull(organicReach, "organicReach");
    }
}
