package com.truereach.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** An RFC 9457 problem document, the body of every error the API answers. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    @Nullable String detail,
    @Nullable String instance,
    @Nullable List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static Problem of(ProblemType type, @Nullable String detail, @Nullable String instance) {
    return new Problem(type.uri(), type.title(), type.status(), detail, instance, List.of());
  }

  public Problem withErrors(List<FieldError> fieldErrors) {
    return new Problem(type, title, status, detail, instance, List.copyOf(fieldErrors));
  }

  /** One invalid field: where it is (a JSON-pointer-like path) and why it was refused. */
  @Serdeable
  public record FieldError(String field, String reason) {}
}
