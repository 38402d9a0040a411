package com.truereach.api.search;

import com.truereach.api.problem.Problem;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import com.truereach.api.security.Access;
import com.truereach.api.security.Permission;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;

@Tag(name = "Creators")
@Controller("/v1/creators")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class CreatorDiscoveryController {

  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  private final CreatorSearch search;
  private final Access access;

  CreatorDiscoveryController(CreatorSearch search, Access access) {
    this.search = search;
    this.access = access;
  }

  @Operation(
      summary = "Discover creators",
      description = "Free text over name and bio, filters, cursor pagination (pass nextCursor back as cursor).")
  @Get(produces = MediaType.APPLICATION_JSON)
  CreatorPage discover(
      Authentication authentication,
      @QueryValue @Nullable String q,
      @QueryValue @Nullable String country,
      @QueryValue @Nullable Integer limit,
      @QueryValue @Nullable String cursor) {
    access.require(authentication, Permission.READ_CREATORS);
    int size = limit == null ? DEFAULT_LIMIT : limit;
    if (size < 1 || size > MAX_LIMIT) {
      throw invalid("limit", "must be between 1 and " + MAX_LIMIT);
    }
    if (q != null && q.length() > 500) {
      throw invalid("q", "must be at most 500 characters");
    }
    if (country != null && !country.matches("[A-Z]{2}")) {
      throw invalid("country", "must be an ISO 3166-1 alpha-2 code such as FR");
    }
    Optional<SearchCursor> after = Optional.empty();
    if (cursor != null) {
      after = SearchCursor.decode(cursor);
      if (after.isEmpty()) {
        throw invalid("cursor", "is not a cursor this API returned");
      }
    }
    Optional<String> text = Optional.ofNullable(q).map(String::strip).filter(s -> !s.isEmpty());
    CreatorSearch.SearchPage page =
        search.search(new CreatorQuery(text, Optional.ofNullable(country), size, after));
    return new CreatorPage(
        page.hits().stream().map(CreatorPage.Item::of).toList(), page.next().map(SearchCursor::encode).orElse(null));
  }

  private static ProblemException invalid(String field, String reason) {
    return new ProblemException(
        ProblemType.VALIDATION_FAILED,
        "One or more query parameters are invalid; see errors.",
        List.of(new Problem.FieldError(field, reason)));
  }
}
