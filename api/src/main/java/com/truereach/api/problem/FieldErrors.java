package com.truereach.api.problem;

import io.micronaut.http.server.exceptions.response.Error;
import java.util.List;

/** Maps framework validation errors onto the field paths a client sent. */
final class FieldErrors {

  private FieldErrors() {}

  static List<Problem.FieldError> from(List<Error> errors) {
    return errors.stream()
        .map(error -> new Problem.FieldError(clientPath(error.getPath().orElse("")), error.getMessage()))
        .toList();
  }

  /**
   * Framework paths name the Java method and parameter ({@code create.request.displayName}); a
   * client knows only the body's fields, so the first two segments are dropped when present.
   */
  static String clientPath(String path) {
    String[] segments = path.split("\\.");
    if (segments.length > 2) {
      return String.join(".", java.util.Arrays.copyOfRange(segments, 2, segments.length));
    }
    return segments[segments.length - 1];
  }
}
