package com.truereach.api.problem;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every error the framework raises (unknown route, unreadable body, failed validation,
 * oversize body, unexpected exception) into a problem document, so no client ever sees a bare
 * framework error or a stack trace.
 */
@Primary
@Singleton
final class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemResponseProcessor.class);

  @Override
  public MutableHttpResponse<Problem> processResponse(
      ErrorContext context, MutableHttpResponse<?> baseResponse) {
    int status = baseResponse.getStatus().getCode();
    Throwable cause = context.getRootCause().orElse(null);
    ProblemType type = typeFor(status, cause);
    String detail = detailFor(type, context);
    Problem problem = Problem.of(type, detail, context.getRequest().getPath());
    if (cause instanceof ConstraintViolationException violations) {
      problem = problem.withErrors(FieldErrors.from(violations));
    } else if (type == ProblemType.VALIDATION_FAILED) {
      problem = problem.withErrors(FieldErrors.from(context.getErrors()));
    }
    if (status >= 500) {
      LOG.error("Unexpected error on {} {}", context.getRequest().getMethod(), context.getRequest().getPath(), cause);
    }
    return baseResponse.status(HttpStatus.valueOf(type.status())).contentType(Problem.MEDIA_TYPE).body(problem);
  }

  /** PostgreSQL refuses a NUL character (22021) or an untranslatable one (22P05) in text. */
  private static boolean badText(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  private static ProblemType typeFor(int status, Throwable cause) {
    if (cause instanceof ConstraintViolationException) {
      return ProblemType.VALIDATION_FAILED;
    }
    if (badText(cause)) {
      return ProblemType.MALFORMED_REQUEST;
    }
    return ProblemType.forStatus(status);
  }

  private static String detailFor(ProblemType type, ErrorContext context) {
    if (type == ProblemType.MALFORMED_REQUEST && badText(context.getRootCause().orElse(null))) {
      return "Text fields may not contain NUL characters; nothing was changed.";
    }
    if (type == ProblemType.INTERNAL_ERROR) {
      // Never leak internals; the log has the stack trace.
      return "The request failed on our side; it changed nothing. Retry later or contact support.";
    }
    List<Error> errors = context.getErrors();
    if (type == ProblemType.VALIDATION_FAILED) {
      return "One or more fields are invalid; see errors.";
    }
    return errors.isEmpty() ? null : errors.get(0).getMessage();
  }
}
