package com.truereach.api.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The server accepts large bodies because bulk imports stream them; every other route takes at
 * most 1 MB, checked here before anything reads the body.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class BodySizeFilter implements Ordered {

  static final long JSON_LIMIT = 1024 * 1024;

  @RequestFilter
  @Nullable
  HttpResponse<Problem> limit(HttpRequest<?> request) {
    if (request.getPath().startsWith("/v1/imports")) {
      return null;
    }
    long length = request.getContentLength();
    boolean chunked = request.getHeaders().contains("Transfer-Encoding");
    if (length > JSON_LIMIT || (chunked && length < 0)) {
      return HttpResponse.<Problem>status(HttpStatus.REQUEST_ENTITY_TOO_LARGE)
          .contentType(Problem.MEDIA_TYPE)
          .body(Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
              "Bodies are limited to 1 MB and need a Content-Length; send bulk data to POST /v1/imports.", request.getPath()));
    }
    return null;
  }

  @Override
  public int getOrder() {
    return HIGHEST_PRECEDENCE;
  }
}
