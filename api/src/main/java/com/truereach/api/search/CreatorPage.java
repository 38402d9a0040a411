package com.truereach.api.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of discovery results. */
@Serdeable
@Schema(name = "CreatorPage")
public record CreatorPage(List<Item> items, @Nullable String nextCursor) {

  @Serdeable
  @Schema(name = "CreatorSummary")
  public record Item(String id, String displayName, String country, List<String> languages, List<String> niches) {
    static Item of(CreatorDocument doc) {
      return new Item(doc.id(), doc.displayName(), doc.country(), doc.languages(), doc.niches());
    }
  }
}
