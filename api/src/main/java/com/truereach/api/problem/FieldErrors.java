package com.truereach.api.problem;

import io.micronaut.http.server.exceptions.response.Error;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Maps validation failures onto the field paths a client sent. */
final class FieldErrors {

  private FieldErrors() {}

  static List<Problem.FieldError> from(ConstraintViolationException exception) {
    return exception.getConstraintViolations().stream()
        .map(FieldErrors::of)
        .sorted(Comparator.comparing(Problem.FieldError::field))
        .toList();
  }

  static List<Problem.FieldError> from(List<Error> errors) {
    return errors.stream()
        .map(error -> new Problem.FieldError(clientPath(error.getPath().orElse("")), error.getMessage()))
        .toList();
  }

  private static Problem.FieldError of(ConstraintViolation<?> violation) {
    return new Problem.FieldError(clientPath(violation.getPropertyPath().toString()), violation.getMessage());
  }

  /**
   * Framework paths name the Java method and parameter ({@code create.request.languages[0]<list
   * element>}); a client knows only the body's fields ({@code languages[0]}).
   */
  static String clientPath(String path) {
    String cleaned = path.replaceAll("<[^>]*>", "");
    String[] segments = cleaned.split("\\.");
    if (segments.length > 2) {
      return String.join(".", Arrays.copyOfRange(segments, 2, segments.length));
    }
    return segments[segments.length - 1];
  }
}
