package com.truereach.api.http;

import com.truereach.api.problem.ProblemException;
import java.util.Optional;
import java.util.UUID;

/** Ids in request paths: one that is not even a UUID names nothing, so it is a 404 like any unknown id. */
public final class PathIds {

  private PathIds() {}

  public static Optional<UUID> parse(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException notAUuid) {
      return Optional.empty();
    }
  }

  public static UUID require(String id, String what) {
    return parse(id).orElseThrow(() -> ProblemException.notFound(what + " " + id));
  }
}
