package com.truereach.api.speed;

import com.truereach.api.creators.profile.CreatorProfile;
import com.truereach.api.creators.profile.ProfileJson;
import com.truereach.api.creators.profile.ProfileParser;
import com.truereach.api.ops.MarketFiles;
import com.truereach.matching.market.GeneratedCreator;
import com.truereach.matching.market.MarketGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The API's own work per imported creator, before PostgreSQL and Elasticsearch: reading one JSON
 * Lines record into a validated profile (with the slice of the line its accounts are stored as),
 * and writing accounts out as stored when they were not read from bytes. Each call takes the
 * next of 1,000 generated records, so the figure is an average over a realistic mix of sizes.
 * See docs/benchmarks/catalog.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ImportRecordSpeed {

  private static final int RECORDS = 1_000;

  private final ProfileParser parser = new ProfileParser(Clock.systemUTC());
  private byte[][] lines;
  private CreatorProfile[] profiles;
  private int next;

  @Setup
  public void generate() throws IOException {
    Iterator<GeneratedCreator> market = new MarketGenerator(7, LocalDate.now(Clock.systemUTC()).minusDays(1)).iterator(RECORDS);
    lines = new byte[RECORDS][];
    profiles = new CreatorProfile[RECORDS];
    for (int i = 0; i < RECORDS; i++) {
      lines[i] = MarketFiles.record(i, market.next().observed()).toString().getBytes(StandardCharsets.UTF_8);
      // Read from a tree, as an edit or a merge with stored history is: their accounts are written
      // out, where a created creator's are stored as sent (ADR 0017).
      profiles[i] = ((ProfileParser.Parsed) parser.parse(ProfileJson.MAPPER.readTree(lines[i]))).profile();
    }
  }

  /** One line's bytes to a validated profile, as an import reads it. */
  @Benchmark
  public ProfileParser.Result readRecord() throws IOException {
    return read(lines[advance()]);
  }

  /** One profile's accounts written as the UTF-8 JSON stored in PostgreSQL. */
  @Benchmark
  public byte[] storeAccounts() {
    return ProfileJson.accountsUtf8(profiles[advance()].accounts());
  }

  private ProfileParser.Result read(byte[] line) throws IOException {
    return parser.parse(line);
  }

  private int advance() {
    int at = next;
    next = (at + 1) % RECORDS;
    return at;
  }
}
