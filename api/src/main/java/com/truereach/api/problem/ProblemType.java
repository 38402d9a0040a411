package com.truereach.api.problem;

/**
 * The stable problem types of the API. Clients branch on {@link #uri()}, never on the title or
 * detail, so a type is renamed only with a new API version. Each is documented in
 * docs/api/problems.md.
 */
public enum ProblemType {
  MALFORMED_REQUEST("malformed-request", "The request could not be read", 400),
  VALIDATION_FAILED("validation-failed", "The request has invalid fields", 400),
  UNAUTHENTICATED("unauthenticated", "Authentication is required", 401),
  FORBIDDEN("forbidden", "Not allowed", 403),
  NOT_FOUND("not-found", "Not found", 404),
  METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
  NOT_ACCEPTABLE("not-acceptable", "No acceptable representation", 406),
  CONFLICT("conflict", "Conflict with the current state", 409),
  PRECONDITION_FAILED("precondition-failed", "The object changed since you read it", 412),
  PRECONDITION_REQUIRED("precondition-required", "Send If-Match with the version you read", 428),
  PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large", 413),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
  RULE_VIOLATED("rule-violated", "A business rule was broken", 422),
  IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "This Idempotency-Key was used with another request", 422),
  REQUEST_IN_PROGRESS("request-in-progress", "A request with this Idempotency-Key is still in progress", 409),
  RATE_LIMITED("rate-limited", "Too many requests", 429),
  INTERNAL_ERROR("internal-error", "Internal error", 500),
  SERVICE_UNAVAILABLE("service-unavailable", "A service the API needs is unavailable", 503);

  private static final java.util.Set<ProblemType> SPECIFIC =
      java.util.EnumSet.of(VALIDATION_FAILED, RULE_VIOLATED, IDEMPOTENCY_KEY_REUSED, REQUEST_IN_PROGRESS);

  private static final String BASE = "https://truereach.com/problems/";

  private final String slug;
  private final String title;
  private final int status;

  ProblemType(String slug, String title, int status) {
    this.slug = slug;
    this.title = title;
    this.status = status;
  }

  public String uri() {
    return BASE + slug;
  }

  public String title() {
    return title;
  }

  public int status() {
    return status;
  }

  private boolean isGeneric() {
    return !SPECIFIC.contains(this);
  }

  /** The generic type for an HTTP status that no more specific handler claimed. */
  static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status && type.isGeneric()) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
  }
}
