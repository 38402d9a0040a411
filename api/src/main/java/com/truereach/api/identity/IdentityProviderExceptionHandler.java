package com.truereach.api.identity;

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

/** The identity provider refused (409: it exists already) or failed (503 with Retry-After). */
@Produces(Problem.MEDIA_TYPE)
@Singleton
final class IdentityProviderExceptionHandler implements ExceptionHandler<IdentityProviderException, HttpResponse<Problem>> {

  private static final Logger LOG = LoggerFactory.getLogger(IdentityProviderExceptionHandler.class);

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, IdentityProviderException exception) {
    if (exception.status() == 409) {
      return HttpResponse.<Problem>status(HttpStatus.CONFLICT).contentType(Problem.MEDIA_TYPE)
          .body(Problem.of(ProblemType.CONFLICT, "It already exists.", request.getPath()));
    }
    LOG.warn("Identity provider failed on {}: {}", request.getPath(), exception.getMessage());
    return HttpResponse.<Problem>status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "10").contentType(Problem.MEDIA_TYPE)
        .body(Problem.of(ProblemType.SERVICE_UNAVAILABLE, "The identity service is unavailable; retry shortly.", request.getPath()));
  }
}
