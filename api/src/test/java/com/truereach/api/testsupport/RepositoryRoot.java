package com.truereach.api.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout's root, found by walking up from the working directory to infra/stack.sh. */
public final class RepositoryRoot {

  private RepositoryRoot() {}

  public static Path find() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isRegularFile(dir.resolve("infra/stack.sh"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("infra/stack.sh not found above " + Path.of("").toAbsolutePath());
  }
}
