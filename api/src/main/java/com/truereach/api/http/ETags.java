package com.truereach.api.http;

import com.truereach.api.problem.Problem;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import java.util.List;

/** Versions as strong ETags ("3"), and the If-Match header that sends them back. */
public final class ETags {

  private ETags() {}

  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /** The version an If-Match names; 400 naming the header when it is not one of ours. */
  public static long version(String ifMatch) {
    try {
      return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
    } catch (NumberFormatException e) {
      throw new ProblemException(ProblemType.VALIDATION_FAILED, "If-Match must be an ETag this API returned.",
          List.of(new Problem.FieldError("If-Match", "must be an ETag this API returned, like \"3\"")));
    }
  }
}
