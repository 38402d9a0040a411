package com.truereach.api.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers a domain refusal with its own problem type and the fields it names. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
final class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<Problem>> {

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, ProblemException exception) {
    Problem problem =
        Problem.of(exception.type(), exception.getMessage(), request.getPath()).withErrors(exception.errors());
    return HttpResponse.<Problem>status(HttpStatus.valueOf(exception.type().status()))
        .contentType(Problem.MEDIA_TYPE)
        .body(problem);
  }
}
