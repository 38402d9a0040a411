package com.truereach.api.ops;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.truereach.api.creators.profile.ProfileJson;
import com.truereach.matching.authenticity.AccountProfile;
import com.truereach.matching.market.GeneratedCreator;
import com.truereach.matching.market.MarketGenerator;
import com.truereach.matching.metrics.CreatorMetrics;
import com.truereach.matching.metrics.MetricSnapshot;
import com.truereach.matching.metrics.Niche;
import com.truereach.matching.metrics.Post;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a synthetic marketplace as JSON Lines import files (the creator-record schema), for demos
 * and benchmarks. Reproducible from the seed; streams, so a million creators need no more memory
 * than one.
 *
 * <pre>java -cp api/target/truereach-api-*.jar com.truereach.api.ops.MarketFiles COUNT DIR [SEED] [PER_FILE]</pre>
 */
public final class MarketFiles {

  private static final String[] FIRST = {"Camille", "Jonas", "Lucía", "Priya", "Marco", "Ava", "Lucas", "Emma", "Noah", "Mia",
      "Leo", "Sofia", "Yuki", "Omar", "Chloé", "Mateo", "Anya", "Kofi", "Ines", "Hugo"};
  private static final String[] LAST = {"Martin", "Kraft", "Marín", "Raman", "Bellini", "Thompson", "Almeida", "Dubois", "Smith",
      "Rossi", "Schmidt", "Tanaka", "Haddad", "Nowak", "Costa", "Silva", "Jensen", "Okafor", "Moreau", "Garcia"};

  /** External ids carry the seed, so markets of different seeds never overwrite each other. */
  private static String idPrefix = "gen-";

  private MarketFiles() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: MarketFiles COUNT DIR [SEED] [PER_FILE]");
      System.exit(2);
    }
    long count = Long.parseLong(args[0]);
    Path dir = Path.of(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261125L;
    long perFile = args.length > 3 ? Long.parseLong(args[3]) : 100_000L;
    long files = write(count, dir, seed, perFile);
    System.out.printf("Wrote %d creators in %d files to %s (seed %d).%n", count, files, dir, seed);
  }

  static synchronized long write(long count, Path dir, long seed, long perFile) throws IOException {
    Files.createDirectories(dir);
    idPrefix = "gen-" + seed + "-";
    Iterator<GeneratedCreator> creators = new MarketGenerator(seed, LocalDate.now().minusDays(1)).iterator(count);
    long written = 0;
    long file = 0;
    while (written < count) {
      Path path = dir.resolve(String.format(Locale.ROOT, "creators-%04d.jsonl", file++));
      try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
        for (long i = 0; i < perFile && written < count; i++, written++) {
          out.write(record(written, creators.next().observed()).toString());
          out.write('\n');
        }
      }
    }
    return file;
  }

  /** One creator record in the import schema, from what the generator lets a platform observe. */
  public static ObjectNode record(long index, CreatorMetrics creator) {
    SplittableRandom random = new SplittableRandom(index * 7919L + 17);
    Niche main = creator.niches().shares().entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(Niche.LIFESTYLE);
    String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    ObjectNode record = ProfileJson.MAPPER.createObjectNode();
    record.put("externalId", idPrefix + index).put("displayName", name)
        .put("bio", "Creator sharing " + main.wireName() + " from " + creator.country()).put("country", creator.country());
    creator.languages().stream().limit(10).forEach(record.putArray("languages")::add);
    ArrayNode niches = record.putArray("niches");
    creator.niches().shares().entrySet().stream().filter(e -> e.getValue() >= 0.2).map(e -> e.getKey().wireName()).forEach(niches::add);
    String platform = creator.platform().name().toLowerCase(Locale.ROOT);
    record.putArray("rates").addObject().put("platform", platform).put("deliverable", "post")
        .put("amount", creator.rate().minorUnits()).put("currency", creator.rate().currency());
    ObjectNode account = record.putArray("accounts").addObject().put("platform", platform).put("handle", "gen" + index);
    ArrayNode snapshots = account.putArray("snapshots");
    List<MetricSnapshot> history = creator.history();
    for (MetricSnapshot s : history.subList(Math.max(0, history.size() - 30), history.size())) {
      ObjectNode node = snapshots.addObject().put("date", s.date().toString()).put("followers", s.followers())
          .put("following", s.following()).put("posts", s.posts()).put("provenance", s.provenance().name().toLowerCase(Locale.ROOT));
      s.views().ifPresent(v -> node.put("views", v));
    }
    ArrayNode posts = account.putArray("posts");
    for (Post p : creator.posts().subList(0, Math.min(creator.posts().size(), 12))) {
      Niche topic = pick(creator, random);
      String tag = topic.wireName();
      ObjectNode node = posts.addObject().put("publishedAt", p.publishedAt().toString()).put("likes", p.likes())
          .put("comments", p.comments()).put("shares", p.shares()).put("sponsored", p.sponsored())
          .put("caption", "New " + tag + " post from " + creator.country());
      p.views().ifPresent(v -> node.put("views", v));
      node.putArray("hashtags").add(tag).add(tag + creator.country().toLowerCase(Locale.ROOT));
      p.commentSample().stream().limit(3).forEach(node.putArray("commentSample")::add);
    }
    var audience = creator.audience();
    if (!audience.byCountry().isEmpty()) {
      ObjectNode node = account.putObject("audience").put("asOf", audience.asOf().toString())
          .put("provenance", audience.provenance().name().toLowerCase(Locale.ROOT));
      audience.byCountry().forEach(node.putObject("countries")::put);
      audience.byLanguage().forEach(node.putObject("languages")::put);
      ObjectNode ages = node.putObject("ages");
      audience.byAgeBand().forEach((band, share) -> ages.put(band.label(), share));
    }
    ArrayNode sample = account.putArray("followerSample");
    for (AccountProfile f : creator.followerSample().subList(0, Math.min(creator.followerSample().size(), 20))) {
      ObjectNode node = sample.addObject();
      if (f.username() != null) node.put("username", f.username());
      if (f.fullName() != null) node.put("fullName", f.fullName());
      if (f.biography() != null) node.put("biography", f.biography());
      if (f.hasProfilePicture() != null) node.put("hasProfilePicture", f.hasProfilePicture());
      if (f.isPrivate() != null) node.put("isPrivate", f.isPrivate());
      if (f.hasExternalUrl() != null) node.put("hasExternalUrl", f.hasExternalUrl());
      node.put("postsCount", f.postsCount()).put("followersCount", f.followersCount()).put("followingCount", f.followingCount());
    }
    return record;
  }

  private static Niche pick(CreatorMetrics creator, SplittableRandom random) {
    double roll = random.nextDouble();
    double total = 0;
    for (Map.Entry<Niche, Double> entry : creator.niches().shares().entrySet()) {
      total += entry.getValue();
      if (roll <= total) {
        return entry.getKey();
      }
    }
    return creator.niches().shares().keySet().iterator().next();
  }
}
