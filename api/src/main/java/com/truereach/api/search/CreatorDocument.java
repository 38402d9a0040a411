package com.truereach.api.search;

import com.truereach.api.creators.Creator;
import java.util.List;

/** The shape of a creator in the search index; rebuilt from PostgreSQL at any time. */
public record CreatorDocument(
    String id,
    String displayName,
    String bio,
    String country,
    List<String> languages,
    List<String> niches,
    String updatedAt) {

  static CreatorDocument of(Creator creator) {
    return new CreatorDocument(
        creator.id().toString(),
        creator.displayName(),
        creator.bio(),
        creator.country(),
        creator.languages(),
        creator.niches(),
        creator.updatedAt() == null ? null : creator.updatedAt().toString());
  }
}
