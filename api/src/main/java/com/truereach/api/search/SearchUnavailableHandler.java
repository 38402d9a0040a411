package com.truereach.api.search;

import com.truereach.api.problem.Problem;
import com.truereach.api.problem.ProblemType;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An index outage is a 503 with Retry-After: the client did nothing wrong. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
final class SearchUnavailableHandler implements ExceptionHandler<SearchUnavailableException, HttpResponse<Problem>> {

  private static final Logger LOG = LoggerFactory.getLogger(SearchUnavailableHandler.class);

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, SearchUnavailableException exception) {
    LOG.warn("Search unavailable for {}", request.getPath(), exception);
    return HttpResponse.<Problem>status(HttpStatus.SERVICE_UNAVAILABLE)
        .header("Retry-After", "5")
        .contentType(Problem.MEDIA_TYPE)
        .body(Problem.of(ProblemType.SERVICE_UNAVAILABLE, "Search is temporarily unavailable; retry shortly.", request.getPath()));
  }
}
