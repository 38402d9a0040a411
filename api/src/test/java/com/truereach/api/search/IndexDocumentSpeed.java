package com.truereach.api.search;

import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.util.BinaryData;
import com.truereach.api.creators.Creator;
import com.truereach.api.creators.CreatorId;
import com.truereach.api.creators.profile.ProfileParser;
import com.truereach.api.ops.MarketFiles;
import com.truereach.api.scoring.CreatorScores;
import com.truereach.api.scoring.CurrentBenchmarks;
import com.truereach.matching.market.MarketGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The index relay's own work per creator, before Elasticsearch: scoring a just-imported creator
 * into its index document, and that document as the search client serializes it into a
 * {@code _bulk} body. Each call takes the next of 1,000 generated creators, scored against the
 * engine's built-in norms (the API uses benchmarks computed from the catalogue once it has one).
 * See docs/benchmarks/catalog.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IndexDocumentSpeed {

  private static final int CREATORS = 1_000;

  private final CreatorScores scores = new CreatorScores(new CurrentBenchmarks());
  private final JacksonJsonpMapper mapper = ElasticsearchClientFactory.jsonMapper();
  private Creator[] creators;
  private int next;

  @Setup
  public void generate() throws IOException {
    var market = new MarketGenerator(7, LocalDate.now(Clock.systemUTC()).minusDays(1)).iterator(CREATORS);
    ProfileParser parser = new ProfileParser(Clock.systemUTC());
    creators = new Creator[CREATORS];
    for (int i = 0; i < CREATORS; i++) {
      byte[] line = MarketFiles.record(i, market.next().observed()).toString().getBytes(StandardCharsets.UTF_8);
      var profile = ((ProfileParser.Parsed) parser.parse(line)).profile();
      creators[i] = new Creator(CreatorId.next(), Optional.of("bench"), Optional.empty(), profile, 1, Instant.now(), Instant.now());
    }
  }

  /** Scores and facts of one creator, as the relay builds them. */
  @Benchmark
  public CreatorDocument document() {
    return CreatorDocument.of(creators[advance()], scores);
  }

  /** The same, then serialized as the search client does for each document of a bulk request. */
  @Benchmark
  public BinaryData documentJson() {
    return BinaryData.of(CreatorDocument.of(creators[advance()], scores), mapper);
  }

  private int advance() {
    int at = next;
    next = (at + 1) % CREATORS;
    return at;
  }
}
