package com.truereach.api.search;

import com.truereach.api.problem.Problem;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import com.truereach.api.security.Access;
import com.truereach.api.security.Permission;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Tag(name = "Creators")
@Controller("/v1/creators")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class CreatorDiscoveryController {

  private final CreatorSearch search;
  private final SimilarCreators similar;
  private final Access access;

  CreatorDiscoveryController(CreatorSearch search, SimilarCreators similar, Access access) {
    this.search = search;
    this.similar = similar;
    this.access = access;
  }

  @Operation(summary = "Lookalikes of a creator", description = "Creators whose content covers the same topics (niches and hashtags), nearest first.")
  @Get(uri = "/{id}/similar", produces = MediaType.APPLICATION_JSON)
  CreatorPage similar(Authentication authentication, @io.micronaut.http.annotation.PathVariable String id,
      @QueryValue @Nullable String limit) {
    access.require(authentication, Permission.READ_CREATORS);
    DiscoveryParameters p = new DiscoveryParameters();
    int size = p.count("limit", limit).map(Long::intValue).orElse(10);
    if (size < 1 || size > 50) {
      p.errors.add(new Problem.FieldError("limit", "must be between 1 and 50"));
    }
    if (!p.errors.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION_FAILED, "One or more query parameters are invalid; see errors.", p.errors);
    }
    if (!id.matches("[0-9a-f-]{36}")) {
      throw ProblemException.notFound("Creator " + id);
    }
    return similar.similarTo(id, size)
        .map(hits -> new CreatorPage(hits.stream().map(CreatorPage.Item::of).toList(), Map.of(), null, null, null))
        .orElseThrow(() -> ProblemException.notFound("Creator " + id));
  }

  @Operation(
      summary = "Discover creators",
      description = "Free text over name, bio, captions and hashtags; repeatable filters (platform, country,"
          + " language, niche); ranges (minFollowers, maxFollowers, minEngagementRate, maxEngagementRate,"
          + " minAuthenticity, minRate, maxRate with currency); verifiedOnly; audience filters"
          + " audienceCountry=FR:0.3, audienceAge=18-24:0.2, audienceLanguage=fr:0.5 (at least that share);"
          + " sort=relevance|targeted_reach|authenticity|engagement_rate|followers; the first page also carries"
          + " facets and the total, exact or (above about 20,000 matches, countsEstimated=true) from a sample;"
          + " cursor pagination (pass nextCursor back as cursor with the same parameters).")
  @Get(produces = MediaType.APPLICATION_JSON)
  CreatorPage discover(
      Authentication authentication,
      @QueryValue @Nullable String q,
      @QueryValue("platform") @Nullable List<String> platform,
      @QueryValue("country") @Nullable List<String> country,
      @QueryValue("language") @Nullable List<String> language,
      @QueryValue("niche") @Nullable List<String> niche,
      @QueryValue @Nullable String minFollowers,
      @QueryValue @Nullable String maxFollowers,
      @QueryValue @Nullable String minEngagementRate,
      @QueryValue @Nullable String maxEngagementRate,
      @QueryValue @Nullable String minAuthenticity,
      @QueryValue @Nullable Boolean verifiedOnly,
      @QueryValue @Nullable String minRate,
      @QueryValue @Nullable String maxRate,
      @QueryValue @Nullable String currency,
      @QueryValue("audienceCountry") @Nullable List<String> audienceCountry,
      @QueryValue("audienceAge") @Nullable List<String> audienceAge,
      @QueryValue("audienceLanguage") @Nullable List<String> audienceLanguage,
      @QueryValue @Nullable String sort,
      @QueryValue @Nullable String limit,
      @QueryValue @Nullable String cursor) {
    access.require(authentication, Permission.READ_CREATORS);
    DiscoveryParameters p = new DiscoveryParameters();
    if (q != null && q.length() > 500) {
      p.errors.add(new Problem.FieldError("q", "must be at most 500 characters"));
    }
    List<CreatorQuery.AudienceFilter> audience = new java.util.ArrayList<>();
    audience.addAll(p.audience("audienceCountry", list(audienceCountry), CreatorQuery.Dimension.COUNTRY));
    audience.addAll(p.audience("audienceAge", list(audienceAge), CreatorQuery.Dimension.AGE));
    audience.addAll(p.audience("audienceLanguage", list(audienceLanguage), CreatorQuery.Dimension.LANGUAGE));
    Optional<Long> size = p.count("limit", limit);
    if (size.isPresent() && (size.get() < 1 || size.get() > DiscoveryParameters.MAX_LIMIT)) {
      p.errors.add(new Problem.FieldError("limit", "must be between 1 and " + DiscoveryParameters.MAX_LIMIT));
    }
    String money = currency == null ? "EUR" : currency;
    if (!money.matches("[A-Z]{3}")) {
      p.errors.add(new Problem.FieldError("currency", "must be an ISO 4217 code such as EUR"));
    }
    Optional<SearchCursor> after = Optional.empty();
    if (cursor != null) {
      after = SearchCursor.decode(cursor);
      if (after.isEmpty()) {
        p.errors.add(new Problem.FieldError("cursor", "is not a cursor this API returned"));
      }
    }
    CreatorQuery query = new CreatorQuery(
        Optional.ofNullable(q).map(String::strip).filter(s -> !s.isEmpty()),
        p.platforms(list(platform)),
        p.codes("country", list(country), "[A-Z]{2}", "an ISO 3166-1 alpha-2 code such as FR"),
        p.codes("language", list(language), "[a-z]{2}", "an ISO 639-1 code such as fr"),
        p.niches(list(niche)),
        p.count("minFollowers", minFollowers),
        p.count("maxFollowers", maxFollowers),
        p.number("minEngagementRate", minEngagementRate, 0, 10),
        p.number("maxEngagementRate", maxEngagementRate, 0, 10),
        p.number("minAuthenticity", minAuthenticity, 0, 100),
        Boolean.TRUE.equals(verifiedOnly),
        p.count("minRate", minRate),
        p.count("maxRate", maxRate),
        money,
        audience,
        p.sort(sort).orElse(CreatorQuery.Sort.RELEVANCE),
        size.map(Long::intValue).filter(s -> s >= 1 && s <= DiscoveryParameters.MAX_LIMIT).orElse(DiscoveryParameters.DEFAULT_LIMIT),
        after);
    if (!p.errors.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION_FAILED, "One or more query parameters are invalid; see errors.", p.errors);
    }
    CreatorSearch.SearchPage page;
    try {
      page = search.search(query);
    } catch (CreatorSearch.InvalidCursorException e) {
      throw new ProblemException(ProblemType.VALIDATION_FAILED, "The cursor does not fit these parameters.",
          List.of(new Problem.FieldError("cursor", "belongs to another query; start again without a cursor")));
    }
    return new CreatorPage(page.hits().stream().map(CreatorPage.Item::of).toList(),
        page.facets().map(CreatorFacets.Facets::values).orElse(Map.of()),
        page.facets().map(CreatorFacets.Facets::total).orElse(null), page.facets().map(CreatorFacets.Facets::estimated).orElse(null),
        page.next().map(SearchCursor::encode).orElse(null));
  }

  private static List<String> list(List<String> values) {
    return values == null ? List.of() : values;
  }
}
