package com.truereach.api.problem;

import java.util.List;

/** A domain refusal that the API answers with a problem document of the given type. */
public class ProblemException extends RuntimeException {

  private final ProblemType type;
  private final List<Problem.FieldError> errors;

  public ProblemException(ProblemType type, String detail) {
    this(type, detail, List.of());
  }

  public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
    super(detail);
    this.type = type;
    this.errors = List.copyOf(errors);
  }

  public static ProblemException notFound(String what) {
    return new ProblemException(ProblemType.NOT_FOUND, what + " was not found");
  }

  public ProblemType type() {
    return type;
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }
}
