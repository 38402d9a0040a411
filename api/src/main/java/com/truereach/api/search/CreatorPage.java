package com.truereach.api.search;

import co.elastic.clients.elasticsearch.core.search.Hit;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * One page of discovery results and the next page's cursor; a first page also carries the facets
 * and size of the whole result, counted exactly or, for a large result, estimated from a sample.
 *
 * @param facets empty on later pages
 * @param total how many creators match; on the first page only
 * @param countsEstimated on the first page: true when {@code total} and the facet counts are
 *     estimates scaled up from a random sample of a large result
 */
@Serdeable
@Schema(name = "CreatorPage")
public record CreatorPage(List<Item> items, Map<String, List<Facet>> facets, @Nullable Long total, @Nullable Boolean countsEstimated,
    @Nullable String nextCursor) {

  @Serdeable
  @Schema(name = "CreatorSummary")
  public record Item(
      String id, String displayName, String country, List<String> languages, List<String> niches, List<String> platforms,
      @Nullable Long followers, @Nullable Double engagementRate, @Nullable Double authenticity, @Nullable Long organicReach,
      boolean verified, @Nullable Long rateMin, @Nullable String rateCurrency, Map<String, List<String>> highlights) {

    /** The index fields a summary shows: all a search reads of each stored document. */
    static final List<String> FIELDS = List.of("id", "displayName", "country", "languages", "niches", "platforms", "followers",
        "engagementRate", "authenticity", "organicReach", "verified", "rateMin", "rateCurrency");

    static Item of(Hit<CreatorDocument> hit) {
      CreatorDocument doc = hit.source();
      return new Item(doc.id(), doc.displayName(), doc.country(), doc.languages(), doc.niches(), doc.platforms(),
          doc.followers(), doc.engagementRate(), doc.authenticity(), doc.organicReach(), Boolean.TRUE.equals(doc.verified()),
          doc.rateMin(), doc.rateCurrency(), hit.highlight());
    }
  }

  @Serdeable
  @Schema(name = "FacetValue")
  public record Facet(String value, long count) {}
}
