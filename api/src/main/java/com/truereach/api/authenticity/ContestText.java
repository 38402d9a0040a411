package com.truereach.api.authenticity;

import com.fasterxml.jackson.databind.JsonNode;
import com.truereach.api.problem.Problem;
import com.truereach.api.validation.StorableText;
import java.util.List;

/**
 * The free text of a contest and of its answer: required, a string, not blank, at most
 * {@value #LIMIT} characters, and {@link StorableText storable}.
 */
final class ContestText {

  static final int LIMIT = 2000;

  private ContestText() {}

  /** The field's text, stripped; or null with the reason added to {@code errors}. */
  static String read(JsonNode body, String field, String whenMissing, List<Problem.FieldError> errors) {
    JsonNode value = body.get(field);
    String reason;
    if (value == null || value.isNull()) {
      reason = "is required: " + whenMissing;
    } else if (!value.isTextual()) {
      reason = "must be a string";
    } else if (value.asText().isBlank()) {
      reason = "must not be blank";
    } else if (value.asText().length() > LIMIT) {
      reason = "must be at most " + LIMIT + " characters";
    } else if (!StorableText.Check.isStorable(value.asText())) {
      reason = StorableText.MESSAGE;
    } else {
      return value.asText().strip();
    }
    errors.add(new Problem.FieldError(field, reason));
    return null;
  }
}
