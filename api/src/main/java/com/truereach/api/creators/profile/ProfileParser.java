package com.truereach.api.creators.profile;

import static com.truereach.api.creators.profile.ProfileLimits.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.truereach.api.creators.profile.CreatorProfile.Account;
import com.truereach.api.creators.profile.CreatorProfile.Audience;
import com.truereach.api.creators.profile.CreatorProfile.FollowerProfile;
import com.truereach.api.creators.profile.CreatorProfile.PostRecord;
import com.truereach.api.creators.profile.CreatorProfile.Provenance;
import com.truereach.api.creators.profile.CreatorProfile.RateCard;
import com.truereach.api.creators.profile.CreatorProfile.Snapshot;
import com.truereach.api.validation.StorableText;
import com.truereach.matching.metrics.Niche;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads one creator record (the import schema, docs/api/creator-record.md) into a {@link
 * CreatorProfile}, or lists every field that is wrong and why. Works on a parsed JSON tree so that
 * a wrong type is reported as such, with its path, rather than as an unreadable line.
 */
public final class ProfileParser {

  private static final Set<String> PLATFORMS = Set.of("instagram", "tiktok", "youtube");
  private static final Set<String> DELIVERABLES = Set.of("post", "story", "reel", "short", "video", "live");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
  private static final Set<String> AGE_BANDS = Set.of("13-17", "18-24", "25-34", "35-44", "45-54", "55+");
  private static final Set<String> GENDERS = Set.of("female", "male", "other");
  private static final Set<String> TOP_FIELDS =
      Set.of("externalId", "displayName", "bio", "country", "languages", "niches", "rates", "accounts");

  private final Clock clock;

  public ProfileParser(Clock clock) {
    this.clock = clock;
  }

  /** The profile, or the reasons it was refused. */
  public sealed interface Result permits Parsed, Refused {}

  public record Parsed(CreatorProfile profile) implements Result {}

  public record Refused(List<FieldProblem> problems) implements Result {}

  /** A field (JSON path like {@code accounts[0].posts[3].likes}) and why it was refused. */
  public record FieldProblem(String field, String reason) {}

  public Result parse(JsonNode root) {
    Reader r = new Reader(clock.instant());
    if (root == null || !root.isObject()) {
      return new Refused(List.of(new FieldProblem("", "a creator record must be a JSON object")));
    }
    root.fieldNames().forEachRemaining(name -> {
      if (!TOP_FIELDS.contains(name)) {
        r.problem(name, "is not a field of a creator record");
      }
    });
    Optional<String> externalId = r.optionalText(root, "externalId", 128)
        .filter(id -> r.check(id.matches("[A-Za-z0-9._:\\-]+"), "externalId", "may hold only letters, digits and . _ : -"));
    String displayName = r.requiredText(root, "displayName", DISPLAY_NAME);
    String bio = r.optionalText(root, "bio", BIO).orElse("");
    String country = r.requiredText(root, "country", 2);
    if (country != null && !COUNTRIES.contains(country)) {
      r.problem("country", "must be an ISO 3166-1 alpha-2 code such as FR");
    }
    List<String> languages = r.codes(root, "languages", LANGUAGES, "an ISO 639-1 code such as fr");
    List<String> niches = r.list(root, "niches", LIST, (node, path) -> {
      String niche = r.text(node, path, 40);
      if (niche != null && Niche.fromWireName(niche).isEmpty()) {
        r.problem(path, "is not a niche of the taxonomy (see docs/api/creator-record.md)");
        return null;
      }
      return niche;
    });
    List<RateCard> rates = r.list(root, "rates", RATES, this::rate, r);
    List<Account> accounts = r.list(root, "accounts", ACCOUNTS, this::account, r);
    Set<String> platforms = new HashSet<>();
    for (Account account : accounts) {
      if (!platforms.add(account.platform())) {
        r.problem("accounts", "has two " + account.platform() + " accounts");
      }
    }
    if (!r.problems.isEmpty()) {
      return new Refused(List.copyOf(r.problems));
    }
    return new Parsed(new CreatorProfile(externalId, displayName.strip(), bio.strip(), country, languages, niches, rates, accounts));
  }

  private RateCard rate(JsonNode node, Path path, Reader r) {
    if (!r.isObject(node, path)) {
      return null;
    }
    String platform = r.oneOf(node, path, "platform", PLATFORMS);
    String deliverable = r.oneOf(node, path, "deliverable", DELIVERABLES);
    long amount = r.count(node, path, "amount");
    String currency = r.requiredText(node, path, "currency", 3);
    if (currency != null) {
      try {
        Currency.getInstance(currency);
      } catch (IllegalArgumentException e) {
        r.problem(path.dot("currency"), "must be an ISO 4217 code such as EUR");
      }
    }
    return new RateCard(platform, deliverable, amount, currency);
  }

  private Account account(JsonNode node, Path path, Reader r) {
    if (!r.isObject(node, path)) {
      return null;
    }
    String platform = r.oneOf(node, path, "platform", PLATFORMS);
    String handle = r.requiredText(node, path, "handle", HANDLE);
    List<Snapshot> snapshots = r.list(node, path, "snapshots", SNAPSHOTS, this::snapshot, r);
    if (snapshots.isEmpty() && node.has("snapshots")) {
      r.problem(path.dot("snapshots"), "must hold at least one snapshot");
    } else if (!node.has("snapshots")) {
      r.problem(path.dot("snapshots"), "is required: at least the latest follower, following and post counts");
    }
    List<PostRecord> posts = r.list(node, path, "posts", POSTS, this::post, r);
    Optional<Audience> audience = node.hasNonNull("audience") ? Optional.ofNullable(audience(node.get("audience"), path.dot("audience"), r)) : Optional.empty();
    List<FollowerProfile> sample = r.list(node, path, "followerSample", FOLLOWER_SAMPLE, this::follower, r);
    return new Account(platform, handle == null ? null : handle.strip(), snapshots, posts, audience, sample);
  }

  private Snapshot snapshot(JsonNode node, Path path, Reader r) {
    if (!r.isObject(node, path)) {
      return null;
    }
    LocalDate date = r.pastDate(node, path, "date");
    long followers = r.count(node, path, "followers");
    long following = r.count(node, path, "following");
    long posts = r.count(node, path, "posts");
    OptionalLong views = node.hasNonNull("views") ? OptionalLong.of(r.count(node, path, "views")) : OptionalLong.empty();
    Provenance provenance = r.provenance(node, path);
    return new Snapshot(date, followers, following, posts, views, provenance);
  }

  private PostRecord post(JsonNode node, Path path, Reader r) {
    if (!r.isObject(node, path)) {
      return null;
    }
    Instant publishedAt = r.pastInstant(node, path, "publishedAt");
    long likes = r.count(node, path, "likes");
    long comments = r.count(node, path, "comments");
    OptionalLong views = node.hasNonNull("views") ? OptionalLong.of(r.count(node, path, "views")) : OptionalLong.empty();
    long shares = node.hasNonNull("shares") ? r.count(node, path, "shares") : 0;
    boolean sponsored = r.bool(node, path, "sponsored").orElse(false);
    String caption = r.optionalText(node, path, "caption", CAPTION).orElse("");
    List<String> hashtags = r.list(node, path, "hashtags", HASHTAGS_PER_POST, (n, p, rr) -> {
      String tag = rr.text(n, p, HASHTAG);
      return tag == null ? null : rr.hashtag(tag, p);
    }, r);
    List<String> comments2 = r.list(node, path, "commentSample", COMMENTS_PER_POST, (n, p, rr) -> rr.text(n, p, COMMENT), r);
    return new PostRecord(publishedAt, likes, comments, views, shares, sponsored, caption, hashtags, comments2);
  }

  private Audience audience(JsonNode node, Path path, Reader r) {
    if (!r.isObject(node, path)) {
      return null;
    }
    LocalDate asOf = r.pastDate(node, path, "asOf");
    Provenance provenance = r.provenance(node, path);
    Map<String, Double> countries = r.shares(node, path, "countries", COUNTRIES::contains, "an ISO 3166-1 alpha-2 code");
    Map<String, Double> languages = r.shares(node, path, "languages", LANGUAGES::contains, "an ISO 639-1 code");
    Map<String, Double> ages = r.shares(node, path, "ages", AGE_BANDS::contains, "an age band: " + String.join(", ", AGE_BANDS));
    Map<String, Double> genders = r.shares(node, path, "genders", GENDERS::contains, "female, male or other");
    return new Audience(asOf, provenance, countries, languages, ages, genders);
  }

  private FollowerProfile follower(JsonNode node, Path path, Reader r) {
    if (!r.isObject(node, path)) {
      return null;
    }
    return new FollowerProfile(
        r.optionalText(node, path, "username", FOLLOWER_TEXT),
        r.optionalText(node, path, "fullName", FOLLOWER_TEXT),
        r.optionalText(node, path, "biography", FOLLOWER_TEXT),
        r.bool(node, path, "hasProfilePicture"),
        r.bool(node, path, "isPrivate"),
        r.bool(node, path, "hasExternalUrl"),
        r.count(node, path, "postsCount"),
        r.count(node, path, "followersCount"),
        r.count(node, path, "followingCount"));
  }

  /** Collects problems while reading; every accessor names the JSON path it reports. */
  private static final class Reader {
    final List<FieldProblem> problems = new ArrayList<>();
    final Instant now;

    Reader(Instant now) {
      this.now = now;
    }

    void problem(String path, String reason) {
      if (problems.size() < 50) {
        problems.add(new FieldProblem(path, reason));
      }
    }

    void problem(Path path, String reason) {
      if (problems.size() < 50) {
        problem(path.toString(), reason);
      }
    }

    boolean check(boolean ok, String path, String reason) {
      if (!ok) {
        problem(path, reason);
      }
      return ok;
    }

    boolean isObject(JsonNode node, Path path) {
      if (node != null && node.isObject()) {
        return true;
      }
      problem(path, "must be an object");
      return false;
    }

    String text(JsonNode node, Path path, int max) {
      if (node == null || !node.isTextual()) {
        problem(path, "must be a string");
        return null;
      }
      String value = node.asText();
      if (value.length() > max) {
        problem(path, "must be at most " + max + " characters (was " + value.length() + ")");
        return null;
      }
      // U+FFFD is what invalid UTF-8 in a request body decodes to; the import refuses such lines earlier.
      if (value.indexOf('\uFFFD') >= 0 || !StorableText.Check.isStorable(value)) {
        problem(path, "must be valid UTF-8 text");
        return null;
      }
      return value;
    }

    /**
     * A hashtag as stored: without its leading '#' marks, lower-cased. Normalising it again gives
     * the same tag, so a stored profile reads back exactly as it was written.
     */
    String hashtag(String raw, Path path) {
      int start = 0;
      while (start < raw.length() && raw.charAt(start) == '#') {
        start++;
      }
      String tag = raw.substring(start).toLowerCase(Locale.ROOT);
      if (tag.length() > HASHTAG) {
        // Lower-casing can lengthen a text (a dotted capital I becomes two characters).
        problem(path, "must be at most " + HASHTAG + " characters (was " + tag.length() + " once lower-cased)");
        return null;
      }
      return tag;
    }

    String requiredText(JsonNode parent, String field, int max) {
      return requiredText(parent, Path.ROOT, field, max);
    }

    String requiredText(JsonNode parent, Path path, String field, int max) {
      JsonNode node = parent.get(field);
      if (node == null || node.isNull()) {
        problem(path.dot(field), "is required");
        return null;
      }
      String value = text(node, path.dot(field), max);
      if (value != null && value.isBlank()) {
        problem(path.dot(field), "must not be blank");
        return null;
      }
      return value;
    }

    Optional<String> optionalText(JsonNode parent, String field, int max) {
      return optionalText(parent, Path.ROOT, field, max);
    }

    Optional<String> optionalText(JsonNode parent, Path path, String field, int max) {
      JsonNode node = parent.get(field);
      return node == null || node.isNull() ? Optional.empty() : Optional.ofNullable(text(node, path.dot(field), max));
    }

    String oneOf(JsonNode parent, Path path, String field, Set<String> allowed) {
      String value = requiredText(parent, path, field, 40);
      if (value != null && !allowed.contains(value)) {
        problem(path.dot(field), "must be one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
        return null;
      }
      return value;
    }

    long count(JsonNode parent, Path path, String field) {
      JsonNode node = parent.get(field);
      Path at = path.dot(field);
      if (node == null || node.isNull()) {
        problem(at, "is required");
        return 0;
      }
      if (!node.isIntegralNumber() || !node.canConvertToLong()) {
        problem(at, "must be a whole number");
        return 0;
      }
      long value = node.asLong();
      if (value < 0) {
        problem(at, "must not be negative");
        return 0;
      }
      return value;
    }

    Optional<Boolean> bool(JsonNode parent, Path path, String field) {
      JsonNode node = parent.get(field);
      if (node == null || node.isNull()) {
        return Optional.empty();
      }
      if (!node.isBoolean()) {
        problem(path.dot(field), "must be true or false");
        return Optional.empty();
      }
      return Optional.of(node.asBoolean());
    }

    LocalDate pastDate(JsonNode parent, Path path, String field) {
      Path at = path.dot(field);
      String text = requiredText(parent, path, field, 10);
      if (text == null) {
        return null;
      }
      try {
        LocalDate date = Iso8601.date(text);
        if (date.isAfter(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).plusDays(1))) {
          problem(at, "must not be in the future");
        }
        return date;
      } catch (DateTimeParseException e) {
        problem(at, "must be a date like 2026-10-31");
        return null;
      }
    }

    Instant pastInstant(JsonNode parent, Path path, String field) {
      Path at = path.dot(field);
      String text = requiredText(parent, path, field, 40);
      if (text == null) {
        return null;
      }
      try {
        Instant instant = Iso8601.instant(text);
        if (instant.isAfter(now.plusSeconds(300))) {
          problem(at, "must not be in the future");
        }
        return instant;
      } catch (DateTimeParseException e) {
        problem(at, "must be a UTC timestamp like 2026-10-31T18:00:00Z");
        return null;
      }
    }

    Provenance provenance(JsonNode parent, Path path) {
      String value = oneOf(parent, path, "provenance", Set.of("verified", "partner_estimate", "self_declared"));
      return value == null ? null : Provenance.valueOf(value.toUpperCase(Locale.ROOT));
    }

    Map<String, Double> shares(JsonNode parent, Path path, String field, java.util.function.Predicate<String> validKey, String keyDescription) {
      JsonNode node = parent.get(field);
      Path at = path.dot(field);
      Map<String, Double> shares = new LinkedHashMap<>();
      if (node == null || node.isNull()) {
        return shares;
      }
      if (!node.isObject()) {
        problem(at, "must be an object of shares, e.g. {\"FR\": 0.6, \"BE\": 0.4}");
        return shares;
      }
      double sum = 0;
      var fields = node.fields();
      while (fields.hasNext()) {
        var entry = fields.next();
        if (!validKey.test(entry.getKey())) {
          problem(at.dot(entry.getKey()), "is not " + keyDescription);
          continue;
        }
        JsonNode share = entry.getValue();
        if (!share.isNumber() || share.asDouble() < 0 || share.asDouble() > 1) {
          problem(at.dot(entry.getKey()), "must be a share between 0 and 1");
          continue;
        }
        shares.put(entry.getKey(), share.asDouble());
        sum += share.asDouble();
      }
      if (!shares.isEmpty() && Math.abs(sum - 1.0) > SHARE_SUM_TOLERANCE) {
        problem(at, String.format(Locale.ROOT, "shares must sum to 1 (100%%), not %.3f", sum));
      }
      return shares;
    }

    List<String> codes(JsonNode parent, String field, Set<String> valid, String description) {
      return list(parent, field, LIST, (node, path) -> {
        String code = text(node, path, 3);
        if (code != null && !valid.contains(code)) {
          problem(path, "must be " + description);
          return null;
        }
        return code;
      });
    }

    <T> List<T> list(JsonNode parent, String field, int max, BiFunction<JsonNode, Path, T> element) {
      return list(parent, Path.ROOT, field, max, (node, path, reader) -> element.apply(node, path), this);
    }

    <T> List<T> list(JsonNode parent, String field, int max, Element<T> element, Reader reader) {
      return list(parent, Path.ROOT, field, max, element, reader);
    }

    <T> List<T> list(JsonNode parent, Path path, String field, int max, Element<T> element, Reader reader) {
      JsonNode node = parent.get(field);
      Path at = path.dot(field);
      List<T> values = new ArrayList<>();
      if (node == null || node.isNull()) {
        return values;
      }
      if (!node.isArray()) {
        problem(at, "must be a list");
        return values;
      }
      if (node.size() > max) {
        problem(at, "must hold at most " + max + " entries (had " + node.size() + ")");
        return values;
      }
      for (int i = 0; i < node.size(); i++) {
        T value = element.read(node.get(i), at.at(i), reader);
        if (value != null) {
          values.add(value);
        }
      }
      return values;
    }
  }

  @FunctionalInterface
  private interface Element<T> {
    T read(JsonNode node, Path path, Reader reader);
  }

  /**
   * A JSON path such as {@code accounts[0].posts[3].likes}, spelled out only when a problem names
   * it: a valid record (most of an import) has thousands of fields and no problem.
   */
  private static final class Path {
    static final Path ROOT = new Path(null, null, -1);

    private final Path parent;
    private final String field;
    private final int index;

    private Path(Path parent, String field, int index) {
      this.parent = parent;
      this.field = field;
      this.index = index;
    }

    Path dot(String name) {
      return new Path(this, name, -1);
    }

    Path at(int position) {
      return new Path(this, null, position);
    }

    @Override
    public String toString() {
      if (parent == null) {
        return "";
      }
      String before = parent.toString();
      if (field == null) {
        return before + "[" + index + "]";
      }
      return before.isEmpty() ? field : before + "." + field;
    }
  }
}
