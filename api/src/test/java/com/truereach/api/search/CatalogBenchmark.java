package com.truereach.api.search;

import co.elastic.clients.elasticsearch.core.search.SearchRequestBody;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.truereach.api.creators.Creator;
import com.truereach.api.creators.CreatorId;
import com.truereach.api.creators.profile.ProfileJson;
import com.truereach.api.creators.profile.ProfileParser;
import com.truereach.api.ops.MarketFilesAccess;
import com.truereach.api.scoring.CreatorScores;
import io.micronaut.context.ApplicationContext;
import jakarta.json.stream.JsonGenerator;
import java.io.BufferedReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The catalogue benchmark (docs/benchmarks/catalog.md): import throughput end to end against raw
 * {@code _bulk}, and search latency through the API against the same queries sent straight to
 * Elasticsearch, with the API's resident memory sampled throughout. Runs against an API started
 * with {@code infra/run.sh} (see the doc for the command and the heap settings).
 */
public final class CatalogBenchmark {

  static final String API = env("BENCH_API", "http://127.0.0.1:8080");
  static final String ES = env("BENCH_ES", "http://127.0.0.1:9200");
  static final String KC = env("BENCH_KC", "http://127.0.0.1:8180/realms/truereach");
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public static void main(String[] args) throws Exception {
    long count = Long.parseLong(args.length > 0 ? args[0] : "100000");
    Path dir = Path.of(args.length > 1 ? args[1] : env("BENCH_DIR", "/var/tmp/truereach-bench/market-" + count));
    int concurrency = Integer.parseInt(env("BENCH_CONCURRENCY", "8"));
    int requests = Integer.parseInt(env("BENCH_REQUESTS", "2000"));
    long apiPid = Long.parseLong(Files.readString(Path.of(env("BENCH_API_PID_FILE", "/var/tmp/truereach-stack/run/api.pid"))).strip());
    java.util.Set<String> phases = java.util.Set.of(env("BENCH_PHASES", "raw,import,search").split(","));
    long seed = Long.parseLong(env("BENCH_SEED", "20261125"));
    Report report = new Report();
    report.append(String.format(Locale.ROOT, "Machine: %d cores, %s; %s%n", Runtime.getRuntime().availableProcessors(),
        cpuModel(), Instant.now()));

    if (!Files.isDirectory(dir)) {
      long t = System.nanoTime();
      MarketFilesAccess.write(count, dir, seed, 100_000);
      report.append(String.format(Locale.ROOT, "Generated %d creators in %.1f s%n", count, (System.nanoTime() - t) / 1e9));
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    String token = token();
    RssSampler rss = new RssSampler(apiPid);
    rss.start();

    try (ApplicationContext context = ApplicationContext.builder()
        .properties(Map.of(
            // The load generator borrows the API's beans to build documents and queries; the API's
            // heavy background jobs (relay, webhook deliveries, benchmark recomputation) are off in
            // it, or they would compete with the system under test. Outbox pruning and key expiry
            // stay scheduled: each is one small DELETE.
            "truereach.outbox.poll-interval", "1h", "truereach.outbox.initial-delay", "1h",
            "truereach.webhooks.poll-interval", "1h", "truereach.benchmarks.enabled", "false",
            "micronaut.server.port", "-1"))
        .deduceEnvironment(false).start()) {
      CreatorScores scores = context.getBean(CreatorScores.class);
      CreatorSearch search = context.getBean(CreatorSearch.class);
      CreatorIndex index = context.getBean(CreatorIndex.class);

      // Raw _bulk with one client and with as many clients as the relay has workers: the import's
      // relay sends with two, so the like-for-like figure is the second.
      Map<Integer, Double> raw = new TreeMap<>();
      if (phases.contains("raw")) {
        for (String clients : env("BENCH_RAW_CLIENTS", "1,2").split(",")) {
          int n = Integer.parseInt(clients.strip());
          ProcessCpu before = ProcessCpu.now(apiPid);
          raw.put(n, rawBulk(files, scores, index, n));
          report.append(String.format(Locale.ROOT, "Raw _bulk of the same documents (500 per request, %d client%s): %.0f docs/s%n  %s%n",
              n, n == 1 ? "" : "s", raw.get(n), ProcessCpu.now(apiPid).perThousandSince(before, count)));
        }
      }
      if (phases.contains("import")) {
        rss.reset();
        ProcessCpu before = ProcessCpu.now(apiPid);
        double endToEnd = importEndToEnd(files, count, token);
        StringJoiner ratios = new StringJoiner(", ", " (", ")").setEmptyValue("");
        raw.forEach((clients, docsPerSecond) -> ratios.add(String.format(Locale.ROOT, "%.2fx raw with %d client%s",
            endToEnd / docsPerSecond, clients, clients == 1 ? "" : "s")));
        report.append(String.format(Locale.ROOT, "Import end to end (POST /v1/imports -> PostgreSQL -> outbox -> index): %.0f creators/s"
            + "%s; API max RSS %d MB%n  %s%n", endToEnd, ratios, rss.maxMb(),
            ProcessCpu.now(apiPid).perThousandSince(before, count)));
      }
      if (phases.contains("matches")) {
        rss.reset();
        List<String> briefs = List.of(
            "{\"niches\": [\"food\"], \"targetCountries\": [\"FR\"], \"currency\": \"USD\", \"limit\": 50}",
            "{\"niches\": [\"beauty\"], \"targetCountries\": [\"US\", \"CA\"], \"ageBands\": [\"18-24\"], \"currency\": \"USD\", \"limit\": 50}",
            "{\"niches\": [\"fitness\"], \"targetCountries\": [\"DE\"], \"languages\": [\"de\"], \"currency\": \"USD\", \"limit\": 50}",
            "{\"niches\": [\"tech\", \"gaming\"], \"targetCountries\": [\"BR\"], \"platforms\": [\"youtube\"], \"currency\": \"USD\", \"limit\": 50}",
            "{\"niches\": [\"travel\"], \"targetCountries\": [\"ES\", \"IT\"], \"rateMax\": 200000, \"currency\": \"USD\", \"limit\": 50}",
            "{\"keywords\": [\"vegan\"], \"targetCountries\": [\"GB\"], \"currency\": \"USD\", \"limit\": 50}");
        int matchRequests = Integer.parseInt(env("BENCH_MATCH_REQUESTS", "300"));
        // The same briefs' first-stage queries straight to Elasticsearch, interleaved with the API's:
        // what the API adds is ranking, explanations, the token check, the rate limiter and JSON both ways.
        List<String> firstStages = briefs.stream()
            .map(b -> com.truereach.api.matches.MatchCandidatesAccess.firstStage(context, b)).toList();
        LatencyStats[] matchRuns = runInterleaved(Math.min(concurrency, 4), matchRequests, i -> match(briefs.get(i % briefs.size())),
            i -> rawMultiSearch(firstStages.get(i % firstStages.size())));
        LatencyStats matches = matchRuns[0];
        LatencyStats rawMatches = matchRuns[1];
        report.append(String.format(Locale.ROOT, "Matches (brief -> top 50 with reasons), %d briefs, %d requests at concurrency %d:%n  API: %s;"
            + " API max RSS %d MB%n  raw first stage: %s%n  p95 ratio API/raw: %.2f%n", briefs.size(), matchRequests, Math.min(concurrency, 4),
            matches, rss.maxMb(), rawMatches, matches.percentile(95) / rawMatches.percentile(95)));
        // Recall of the first stage: the production candidate count against nearly every eligible
        // creator (Elasticsearch returns at most 10,000), each ranked by the engine.
        int production = Integer.parseInt(env("BENCH_MATCH_CANDIDATES", "300"));
        List<String> recalls = new java.util.ArrayList<>();
        double sum = 0;
        for (String brief : briefs) {
          List<String> reference = com.truereach.api.matches.MatchCandidatesAccess.topIds(context, brief, 10_000);
          List<String> served = com.truereach.api.matches.MatchCandidatesAccess.topIds(context, brief, production);
          double recall = reference.isEmpty() ? 1 : served.stream().filter(reference::contains).count() / (double) reference.size();
          recalls.add(String.format(Locale.ROOT, "%.2f", recall));
          sum += recall;
        }
        report.append(String.format(Locale.ROOT, "  first-stage recall@50 with %d candidates vs 10,000: %s, mean %.3f%n", production, recalls,
            sum / briefs.size()));
      }
      if (!phases.contains("search")) {
        rss.stopSampling();
        return;
      }
      rss.reset();
      List<QueryShape> shapes = QueryShape.mix();
      JsonpMapper mapper = new JacksonJsonpMapper();
      // Straight to Elasticsearch: the API's requests for each shape, in its order (a first _msearch
      // of hits and the facets' probe; the follow-up count where the API needs one for that shape).
      List<String> firstRounds = new ArrayList<>();
      List<Optional<String>> followUps = new ArrayList<>();
      for (QueryShape shape : shapes) {
        firstRounds.add(ndjson(index.alias(), search.firstRound(shape.query()), mapper));
        followUps.add(search.followUp(shape.query()).map(body -> ndjson(index.alias(), List.of(body), mapper)));
      }
      report.append(String.format(Locale.ROOT, "Shapes whose facets take a second search: %d of %d%n",
          followUps.stream().filter(Optional::isPresent).count(), shapes.size()));
      // The mix repeats 22 queries; Elasticsearch's request cache would answer every facet count
      // (a size-0 search) from memory after the first round, which real traffic would not.
      requestCache(index.alias(), false);
      LatencyStats[] searchRuns;
      try {
        searchRuns = runInterleaved(concurrency, requests, i -> apiSearch(shapes.get(i % shapes.size()), token), i -> {
          long nanos = rawMultiSearch(firstRounds.get(i % shapes.size()));
          Optional<String> followUp = followUps.get(i % shapes.size());
          return followUp.isPresent() ? nanos + rawMultiSearch(followUp.get()) : nanos;
        });
      } finally {
        requestCache(index.alias(), true);
      }
      LatencyStats apiStats = searchRuns[0];
      LatencyStats rawStats = searchRuns[1];
      report.append(String.format(Locale.ROOT, "Search, %d query shapes, %d requests at concurrency %d:%n", shapes.size(), requests, concurrency));
      report.append("  API: " + apiStats + "\n");
      report.append("  raw: " + rawStats + "\n");
      report.append(String.format(Locale.ROOT, "  p95 ratio API/raw: %.2f; API max RSS during search %d MB%n",
          apiStats.percentile(95) / rawStats.percentile(95), rss.maxMb()));
    }
    rss.stopSampling();
  }

  /** Prints each figure as soon as it is known, and keeps them all in target/catalog-benchmark.txt. */
  static final class Report {
    private final StringBuilder text = new StringBuilder();

    Report append(Object part) {
      System.out.print(part);
      System.out.flush();
      text.append(part);
      try {
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/catalog-benchmark.txt"), text.toString());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return this;
    }
  }

  /**
   * The same documents the indexer would write, sent straight to a scratch index by {@code clients}
   * concurrent senders. Documents are built before the clock starts, a file at a time, so only
   * Elasticsearch's work is timed.
   */
  static double rawBulk(List<Path> files, CreatorScores scores, CreatorIndex index, int clients) throws Exception {
    ProfileParser parser = new ProfileParser(Clock.systemUTC());
    String scratch = index.createIndex();
    long docs = 0;
    long nanos = 0;
    ExecutorService senders = Executors.newFixedThreadPool(clients);
    try {
      for (Path file : files) {
        List<List<CreatorDocument>> batches = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          List<CreatorDocument> batch = new ArrayList<>(500);
          String line;
          while ((line = reader.readLine()) != null) {
            ProfileParser.Parsed parsed = (ProfileParser.Parsed) parser.parse(ProfileJson.MAPPER.readTree(line));
            Creator creator = new Creator(CreatorId.next(), Optional.empty(), Optional.empty(), parsed.profile(), 1, Instant.now(), Instant.now());
            batch.add(CreatorDocument.of(creator, scores));
            if (batch.size() == 500) {
              batches.add(batch);
              batch = new ArrayList<>(500);
            }
          }
          if (!batch.isEmpty()) {
            batches.add(batch);
          }
        }
        long t = System.nanoTime();
        List<Future<?>> sent = new ArrayList<>();
        for (List<CreatorDocument> batch : batches) {
          sent.add(senders.submit(() -> {
            index.writeTo(scratch, batch);
            return null;
          }));
        }
        for (Future<?> done : sent) {
          done.get();
        }
        nanos += System.nanoTime() - t;
        docs += batches.stream().mapToLong(List::size).sum();
      }
    } finally {
      senders.shutdownNow();
      if (Boolean.parseBoolean(env("BENCH_KEEP_RAW_INDEX", "false"))) {
        // Kept to measure read paths on a large index without the slower end-to-end import.
        System.out.println("Raw index kept: " + scratch);
      } else {
        index.client().indices().delete(d -> d.index(scratch));
      }
    }
    return docs / (nanos / 1e9);
  }

  static double importEndToEnd(List<Path> files, long count, String token) throws Exception {
    long before = indexedCount();
    long start = System.nanoTime();
    for (Path file : files) {
      HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(API + "/v1/imports"))
          .header("Authorization", "Bearer " + token()).header("Content-Type", "application/x-ndjson")
          .timeout(Duration.ofHours(2)).POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 201) {
        throw new IllegalStateException("import of " + file + " answered " + response.statusCode() + ": " + response.body());
      }
      JsonNode job = ProfileJson.MAPPER.readTree(response.body());
      System.out.printf("%s: %s lines, %s created, %s updated, %s rejected%n", file.getFileName(), job.get("lines"), job.get("created"),
          job.get("updated"), job.get("rejected"));
    }
    while (outboxPending()) {
      Thread.sleep(200);
    }
    HTTP.send(HttpRequest.newBuilder(URI.create(ES + "/_refresh")).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.discarding());
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("Index holds %d more documents%n", indexedCount() - before);
    return count / seconds;
  }

  static long apiSearch(QueryShape shape, String token) throws Exception {
    long t = System.nanoTime();
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(API + "/v1/creators?" + shape.parameters()))
        .header("Authorization", "Bearer " + token()).timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(shape.parameters() + " answered " + response.statusCode() + ": " + response.body());
    }
    return System.nanoTime() - t;
  }

  static long match(String brief) throws Exception {
    long t = System.nanoTime();
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(API + "/v1/matches"))
        .header("Authorization", "Bearer " + token()).header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(brief)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(brief + " answered " + response.statusCode() + ": " + response.body());
    }
    return System.nanoTime() - t;
  }

  static void requestCache(String alias, boolean enabled) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ES + "/" + alias + "/_settings"))
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"index.requests.cache.enable\": " + enabled + "}")).build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("could not set the request cache: " + response.body());
    }
  }

  static long rawMultiSearch(String ndjson) throws Exception {
    long t = System.nanoTime();
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ES + "/_msearch"))
        .header("Content-Type", "application/x-ndjson").timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(ndjson)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200 || response.body().contains("\"error\"")) {
      throw new IllegalStateException("raw multi-search answered " + response.statusCode() + ": " + response.body());
    }
    return System.nanoTime() - t;
  }

  interface Call {
    long run(int i) throws Exception;
  }

  /**
   * The API and the raw engine measured in the same period, requests alternating, so background
   * work (merges, a page cache warming) weighs on both alike.
   */
  static LatencyStats[] runInterleaved(int concurrency, int requests, Call api, Call raw) throws Exception {
    for (int i = 0; i < Math.min(200, requests); i++) {
      api.run(i);
      raw.run(i);
    }
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    AtomicLong next = new AtomicLong();
    long[] apiLatencies = new long[requests];
    long[] rawLatencies = new long[requests];
    List<Future<?>> workers = new ArrayList<>();
    long start = System.nanoTime();
    for (int w = 0; w < concurrency; w++) {
      workers.add(pool.submit(() -> {
        long i;
        while ((i = next.getAndIncrement()) < 2L * requests) {
          int request = (int) (i / 2);
          if (i % 2 == 0) {
            apiLatencies[request] = api.run(request);
          } else {
            rawLatencies[request] = raw.run(request);
          }
        }
        return null;
      }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    Arrays.sort(apiLatencies);
    Arrays.sort(rawLatencies);
    // Each side's throughput is its share of the combined run.
    return new LatencyStats[] {new LatencyStats(apiLatencies, requests / seconds), new LatencyStats(rawLatencies, requests / seconds)};
  }

  record LatencyStats(long[] sorted, double throughput) {
    double percentile(int p) {
      return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %.0f req/s", percentile(50), percentile(95), percentile(99), throughput);
    }
  }

  static String ndjson(String index, List<SearchRequestBody> searches, JsonpMapper mapper) {
    StringBuilder body = new StringBuilder();
    for (SearchRequestBody search : searches) {
      StringWriter writer = new StringWriter();
      try (JsonGenerator generator = mapper.jsonProvider().createGenerator(writer)) {
        search.serialize(generator, mapper);
      }
      body.append("{\"index\":\"").append(index).append("\"}\n").append(writer).append('\n');
    }
    return body.toString();
  }

  /** Whether any outbox entry waits; an existence check, so polling it does not load the database it measures. */
  static boolean outboxPending() throws Exception {
    try (Connection c = DriverManager.getConnection(env("BENCH_DB", "jdbc:postgresql://127.0.0.1:5432/truereach"), "truereach", "truereach");
        ResultSet rows = c.createStatement().executeQuery("SELECT EXISTS (SELECT 1 FROM catalog.outbox WHERE published_at IS NULL)")) {
      rows.next();
      return rows.getBoolean(1);
    }
  }


  static long indexedCount() throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ES + "/creators/_count")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    return ProfileJson.MAPPER.readTree(response.body()).path("count").asLong();
  }

  private static volatile String cachedToken;
  private static volatile long cachedAt;

  /** A partner token, renewed before Keycloak's 5-minute lifetime runs out. */
  static String token() throws Exception {
    if (cachedToken == null || System.nanoTime() - cachedAt > Duration.ofMinutes(4).toNanos()) {
      cachedToken = freshToken();
      cachedAt = System.nanoTime();
    }
    return cachedToken;
  }

  static String freshToken() throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(KC + "/protocol/openid-connect/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=acme-partner&client_secret=acme-partner-secret&scope=creators:write"))
        .build(), HttpResponse.BodyHandlers.ofString());
    return ProfileJson.MAPPER.readTree(response.body()).get("access_token").asText();
  }

  static String cpuModel() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
    } catch (Exception e) {
      return "?";
    }
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** Samples a process's resident set size twice a second. */
  static final class RssSampler extends Thread {
    private final Path status;
    private volatile long maxKb;
    private volatile boolean running = true;

    RssSampler(long pid) {
      this.status = Path.of("/proc/" + pid + "/status");
      setDaemon(true);
    }

    @Override
    public void run() {
      while (running) {
        try (Stream<String> lines = Files.lines(status)) {
          lines.filter(l -> l.startsWith("VmRSS:")).findFirst()
              .ifPresent(l -> maxKb = Math.max(maxKb, Long.parseLong(l.replaceAll("[^0-9]", ""))));
          Thread.sleep(500);
        } catch (Exception e) {
          return;
        }
      }
    }

    void reset() {
      maxKb = 0;
    }

    long maxMb() {
      return maxKb / 1024;
    }

    void stopSampling() {
      running = false;
    }
  }
}
