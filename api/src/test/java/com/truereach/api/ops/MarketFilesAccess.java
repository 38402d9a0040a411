package com.truereach.api.ops;

import java.io.IOException;
import java.nio.file.Path;

/** Lets benchmarks in other packages write market files. */
public final class MarketFilesAccess {

  private MarketFilesAccess() {}

  public static void write(long count, Path dir, long seed, long perFile) throws IOException {
    MarketFiles.write(count, dir, seed, perFile);
  }
}
