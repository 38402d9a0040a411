package com.truereach.api.creators.profile;

import static com.truereach.api.creators.profile.ProfileLimits.*;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads one creator record (the import schema, docs/api/creator-record.md) into a {@link
 * CreatorProfile}, or lists every field that is wrong and why, with its JSON path. It reads the
 * JSON's tokens straight into the domain types: building a tree first cost an import more time
 * and garbage than the validation itself. A value of the wrong type, or a field the schema does
 * not have (at any depth: a misspelt optional field would otherwise be lost without a word), is
 * reported as such and skipped with whatever it holds, so one wrong field never hides the others.
 */
public final class ProfileParser {

  private static final Set<String> PLATFORMS = Set.of("instagram", "tiktok", "youtube");
  private static final Set<String> DELIVERABLES = Set.of("post", "story", "reel", "short", "video", "live");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
  private static final Set<String> AGE_BANDS = Set.of("13-17", "18-24", "25-34", "35-44", "45-54", "55+");
  private static final Set<String> GENDERS = Set.of("female", "male", "other");
  private static final Set<String> PROVENANCES = Set.of("verified", "partner_estimate", "self_declared");
  private static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9._:\\-]+");
  private static final String AGE_BAND_LIST = "an age band: " + String.join(", ", new TreeSet<>(AGE_BANDS));
  private static final int MAX_PROBLEMS = 50;
  /** A map of shares: its keys are data, not fields. */
  private static final Shape MAP = Shape.of();
  // Each object's fields in the order ProfileJson and the market generator write them: a reader
  // that expects the next field in that order matches its name by comparing bytes instead of
  // looking it up, which took about a seventh off reading a record. Any order is accepted.
  private static final Shape RECORD = Shape.of("externalId", "displayName", "bio", "country", "languages", "niches",
      "rates", "accounts").requiring("displayName", "country");
  private static final Shape RATE = Shape.of("platform", "deliverable", "amount", "currency")
      .requiring("platform", "deliverable", "amount", "currency");
  private static final Shape ACCOUNT = Shape.of("platform", "handle", "snapshots", "posts", "audience",
      "followerSample").requiring("platform", "handle");
  private static final Shape SNAPSHOT = Shape.of("date", "followers", "following", "posts", "provenance", "views")
      .requiring("date", "followers", "following", "posts", "provenance");
  private static final Shape POST = Shape.of("publishedAt", "likes", "comments", "shares", "sponsored", "caption",
      "views", "hashtags", "commentSample").requiring("publishedAt", "likes", "comments");
  private static final Shape AUDIENCE = Shape.of("asOf", "provenance", "countries", "languages", "ages", "genders")
      .requiring("asOf", "provenance");
  private static final Shape FOLLOWER = Shape.of("username", "fullName", "biography", "hasProfilePicture", "isPrivate",
      "hasExternalUrl", "postsCount", "followersCount", "followingCount")
      .requiring("postsCount", "followersCount", "followingCount");

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

  /**
   * Reads one record from its UTF-8 bytes (an import's line).
   *
   * @throws JsonProcessingException when the bytes are not well-formed JSON: the record cannot be
   *     read at all, so it has no field to blame
   */
  public Result parse(byte[] json) throws JsonProcessingException {
    try (JsonParser tokens = ProfileJson.MAPPER.getFactory().createParser(json)) {
      Result result = parse(tokens, json);
      if (tokens.currentToken() == JsonToken.END_OBJECT && tokens.getParsingContext().inRoot() && tokens.nextToken() != null) {
        return new Refused(List.of(new FieldProblem("", "holds more than one JSON value: send one creator record per line")));
      }
      return result;
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("reading bytes held in memory failed", e);
    }
  }

  /** Reads one record already parsed as a tree (a request body, a stored row). */
  public Result parse(JsonNode root) {
    if (root == null) {
      return notAnObject();
    }
    try (JsonParser tokens = ProfileJson.MAPPER.treeAsTokens(root)) {
      return parse(tokens, null);
    } catch (IOException e) {
      throw new UncheckedIOException("walking a tree held in memory failed", e);
    }
  }

  /** {@code source} is the bytes the tokens come from, or null for a tree. */
  private Result parse(JsonParser tokens, byte[] source) throws IOException {
    if (tokens.nextToken() != JsonToken.START_OBJECT) {
      return notAnObject();
    }
    Reader r = new Reader(tokens, source, clock.instant());
    Fields o = r.fields(Reader.ROOT, RECORD);
    Optional<String> externalId = Optional.empty();
    String displayName = null;
    String bio = "";
    String country = null;
    List<String> languages = List.of();
    List<String> niches = List.of();
    List<RateCard> rates = List.of();
    List<Account> accounts = List.of();
    while (o.next()) {
      switch (o.name()) {
        case "externalId" -> externalId = r.optionalText(o, 128)
            .filter(id -> r.check(EXTERNAL_ID.matcher(id).matches(), o, "may hold only letters, digits and . _ : -"));
        case "displayName" -> displayName = r.nonBlank(o, DISPLAY_NAME);
        case "bio" -> bio = r.optionalText(o, BIO).orElse("");
        case "country" -> {
          country = r.nonBlank(o, 2);
          if (country != null && !COUNTRIES.contains(country)) {
            r.problem(o, "must be an ISO 3166-1 alpha-2 code such as FR");
          }
        }
        case "languages" -> languages = r.codes(o, LANGUAGES, "an ISO 639-1 code such as fr");
        case "niches" -> niches = r.list(o, LIST, at -> {
          String niche = r.text(at, 40);
          if (niche != null && Niche.fromWireName(niche).isEmpty()) {
            r.problem(at, "is not a niche of the taxonomy (see docs/api/creator-record.md)");
            return null;
          }
          return niche;
        });
        case "rates" -> rates = r.list(o, RATES, at -> rate(r, at));
        case "accounts" -> accounts = r.asSent(o, at -> r.list(at, ACCOUNTS, element -> account(r, element)));
        default -> r.refuse(o, "is not a field of a creator record");
      }
    }
    o.reportMissing();
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

  private static Refused notAnObject() {
    return new Refused(List.of(new FieldProblem("", "a creator record must be a JSON object")));
  }

  private RateCard rate(Reader r, Site at) throws IOException {
    Fields o = r.object(at, RATE);
    if (o == null) {
      return null;
    }
    String platform = null;
    String deliverable = null;
    long amount = 0;
    String currency = null;
    while (o.next()) {
      switch (o.name()) {
        case "platform" -> platform = r.oneOf(o, PLATFORMS);
        case "deliverable" -> deliverable = r.oneOf(o, DELIVERABLES);
        case "amount" -> amount = r.count(o);
        case "currency" -> {
          currency = r.nonBlank(o, 3);
          if (currency != null) {
            try {
              Currency.getInstance(currency);
            } catch (IllegalArgumentException e) {
              r.problem(o, "must be an ISO 4217 code such as EUR");
            }
          }
        }
        default -> r.refuse(o, "is not a field of a rate");
      }
    }
    o.reportMissing();
    return new RateCard(platform, deliverable, amount, currency);
  }

  private Account account(Reader r, Site at) throws IOException {
    Fields o = r.object(at, ACCOUNT);
    if (o == null) {
      return null;
    }
    String platform = null;
    String handle = null;
    List<Snapshot> snapshots = List.of();
    List<PostRecord> posts = List.of();
    Optional<Audience> audience = Optional.empty();
    List<FollowerProfile> sample = List.of();
    boolean snapshotsSent = false;
    while (o.next()) {
      switch (o.name()) {
        case "platform" -> platform = r.oneOf(o, PLATFORMS);
        case "handle" -> handle = r.nonBlank(o, HANDLE);
        case "snapshots" -> {
          snapshotsSent = true;
          snapshots = r.list(o, SNAPSHOTS, element -> snapshot(r, element));
          if (snapshots.isEmpty()) {
            r.problem(o, "must hold at least one snapshot");
          }
        }
        case "posts" -> posts = r.list(o, POSTS, element -> post(r, element));
        case "audience" -> audience = r.isNull() ? Optional.empty() : Optional.ofNullable(audience(r, o));
        case "followerSample" -> sample = r.list(o, FOLLOWER_SAMPLE, element -> follower(r, element));
        default -> r.refuse(o, "is not a field of an account");
      }
    }
    o.reportMissing();
    if (!snapshotsSent) {
      r.problem(o.child("snapshots"), "is required: at least the latest follower, following and post counts");
    }
    return new Account(platform, handle == null ? null : handle.strip(), snapshots, posts, audience, sample);
  }

  private Snapshot snapshot(Reader r, Site at) throws IOException {
    Fields o = r.object(at, SNAPSHOT);
    if (o == null) {
      return null;
    }
    LocalDate date = null;
    long followers = 0;
    long following = 0;
    long posts = 0;
    OptionalLong views = OptionalLong.empty();
    Provenance provenance = null;
    while (o.next()) {
      switch (o.name()) {
        case "date" -> date = r.pastDate(o);
        case "followers" -> followers = r.count(o);
        case "following" -> following = r.count(o);
        case "posts" -> posts = r.count(o);
        case "views" -> views = r.optionalCount(o);
        case "provenance" -> provenance = r.provenance(o);
        default -> r.refuse(o, "is not a field of a snapshot");
      }
    }
    o.reportMissing();
    return new Snapshot(date, followers, following, posts, views, provenance);
  }

  private PostRecord post(Reader r, Site at) throws IOException {
    Fields o = r.object(at, POST);
    if (o == null) {
      return null;
    }
    Instant publishedAt = null;
    long likes = 0;
    long comments = 0;
    OptionalLong views = OptionalLong.empty();
    long shares = 0;
    boolean sponsored = false;
    String caption = "";
    List<String> hashtags = List.of();
    List<String> commentSample = List.of();
    while (o.next()) {
      switch (o.name()) {
        case "publishedAt" -> publishedAt = r.pastInstant(o);
        case "likes" -> likes = r.count(o);
        case "comments" -> comments = r.count(o);
        case "views" -> views = r.optionalCount(o);
        case "shares" -> shares = r.optionalCount(o).orElse(0);
        case "sponsored" -> sponsored = r.bool(o).orElse(false);
        case "caption" -> caption = r.optionalText(o, CAPTION).orElse("");
        case "hashtags" -> hashtags = r.list(o, HASHTAGS_PER_POST, element -> {
          String tag = r.text(element, HASHTAG);
          return tag == null ? null : r.hashtag(tag, element);
        });
        case "commentSample" -> commentSample = r.list(o, COMMENTS_PER_POST, element -> r.text(element, COMMENT));
        default -> r.refuse(o, "is not a field of a post");
      }
    }
    o.reportMissing();
    return new PostRecord(publishedAt, likes, comments, views, shares, sponsored, caption, hashtags, commentSample);
  }

  private Audience audience(Reader r, Site at) throws IOException {
    Fields o = r.object(at, AUDIENCE);
    if (o == null) {
      return null;
    }
    LocalDate asOf = null;
    Provenance provenance = null;
    Map<String, Double> countries = new LinkedHashMap<>();
    Map<String, Double> languages = new LinkedHashMap<>();
    Map<String, Double> ages = new LinkedHashMap<>();
    Map<String, Double> genders = new LinkedHashMap<>();
    while (o.next()) {
      switch (o.name()) {
        case "asOf" -> asOf = r.pastDate(o);
        case "provenance" -> provenance = r.provenance(o);
        case "countries" -> countries = r.shares(o, COUNTRIES::contains, "an ISO 3166-1 alpha-2 code");
        case "languages" -> languages = r.shares(o, LANGUAGES::contains, "an ISO 639-1 code");
        case "ages" -> ages = r.shares(o, AGE_BANDS::contains, AGE_BAND_LIST);
        case "genders" -> genders = r.shares(o, GENDERS::contains, "female, male or other");
        default -> r.refuse(o, "is not a field of an audience");
      }
    }
    o.reportMissing();
    return new Audience(asOf, provenance, countries, languages, ages, genders);
  }

  private FollowerProfile follower(Reader r, Site at) throws IOException {
    Fields o = r.object(at, FOLLOWER);
    if (o == null) {
      return null;
    }
    Optional<String> username = Optional.empty();
    Optional<String> fullName = Optional.empty();
    Optional<String> biography = Optional.empty();
    Optional<Boolean> hasProfilePicture = Optional.empty();
    Optional<Boolean> isPrivate = Optional.empty();
    Optional<Boolean> hasExternalUrl = Optional.empty();
    long postsCount = 0;
    long followersCount = 0;
    long followingCount = 0;
    while (o.next()) {
      switch (o.name()) {
        case "username" -> username = r.optionalText(o, FOLLOWER_TEXT);
        case "fullName" -> fullName = r.optionalText(o, FOLLOWER_TEXT);
        case "biography" -> biography = r.optionalText(o, FOLLOWER_TEXT);
        case "hasProfilePicture" -> hasProfilePicture = r.bool(o);
        case "isPrivate" -> isPrivate = r.bool(o);
        case "hasExternalUrl" -> hasExternalUrl = r.bool(o);
        case "postsCount" -> postsCount = r.count(o);
        case "followersCount" -> followersCount = r.count(o);
        case "followingCount" -> followingCount = r.count(o);
        default -> r.refuse(o, "is not a field of a follower profile");
      }
    }
    o.reportMissing();
    return new FollowerProfile(username, fullName, biography, hasProfilePicture, isPrivate, hasExternalUrl,
        postsCount, followersCount, followingCount);
  }

  /**
   * Where a value sits. Its JSON path is spelled out only when a problem names it: a valid record
   * (most of an import) has thousands of values and no problem.
   */
  private interface Site {
    String path();
  }

  /** An object of the schema: its fields in the order the product writes them, and which of them are required. */
  private static final class Shape {
    final SerializedString[] names;
    final int required;

    private Shape(SerializedString[] names, int required) {
      this.names = names;
      this.required = required;
    }

    static Shape of(String... fields) {
      if (fields.length > Integer.SIZE) {
        throw new IllegalArgumentException("a shape tracks at most 32 fields, one bit each");
      }
      SerializedString[] names = new SerializedString[fields.length];
      for (int i = 0; i < fields.length; i++) {
        names[i] = new SerializedString(fields[i]);
      }
      return new Shape(names, 0);
    }

    /** The same shape, with these of its fields required. */
    Shape requiring(String... fields) {
      int bits = required;
      for (String field : fields) {
        int index = indexOf(field);
        if (index < 0) {
          throw new IllegalArgumentException(field + " is not a field of the shape");
        }
        bits |= 1 << index;
      }
      return new Shape(names, bits);
    }

    /** The field's position, or -1 when the schema has no such field. */
    int indexOf(String name) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].getValue().equals(name)) {
          return i;
        }
      }
      return -1;
    }
  }

  /**
   * The fields of one object, read in order. It remembers which of its shape's fields were seen,
   * to refuse a field given twice, and which were given (not null), so that {@link #reportMissing}
   * can name the required ones that were not, without a set per object.
   */
  private static final class Fields implements Site {
    private final Reader reader;
    private final Site parent;
    private final Shape shape;
    private int seen;
    private int given;
    private int expected;
    private String name;

    Fields(Reader reader, Site parent, Shape shape) {
      this.reader = reader;
      this.parent = parent;
      this.shape = shape;
    }

    /** Moves to the next field's value; false at the object's end. */
    boolean next() throws IOException {
      JsonParser tokens = reader.tokens;
      while (true) {
        boolean predicted = expected < shape.names.length;
        int index;
        if (predicted && tokens.nextFieldName(shape.names[expected])) {
          index = expected;
          name = shape.names[index].getValue();
        } else {
          // Not the predicted name: the parser has moved to whatever comes next.
          JsonToken token = predicted ? tokens.currentToken() : tokens.nextToken();
          if (token != JsonToken.FIELD_NAME) {
            name = null;
            return false;
          }
          name = tokens.currentName();
          index = shape.indexOf(name);
        }
        JsonToken value = tokens.nextToken();
        if (index < 0) {
          return true; // not a field of the schema: the caller refuses it by name
        }
        int bit = 1 << index;
        if ((seen & bit) != 0) {
          // JSON leaves a repeated name undefined; a tree would keep the last silently.
          reader.refuse(this, "is given more than once");
          continue;
        }
        seen |= bit;
        expected = index + 1;
        if (value != JsonToken.VALUE_NULL) {
          given |= bit;
        }
        return true;
      }
    }

    String name() {
      return name;
    }

    /** Reports every required field that was absent or null. */
    void reportMissing() {
      int missing = shape.required & ~given;
      for (int i = 0; i < shape.names.length; i++) {
        if ((missing & (1 << i)) != 0) {
          reader.problem(child(shape.names[i].getValue()), "is required");
        }
      }
    }

    Site child(String field) {
      return () -> join(parent.path(), field);
    }

    @Override
    public String path() {
      return join(parent.path(), name);
    }

    private static String join(String before, String field) {
      return before.isEmpty() ? field : before + "." + field;
    }
  }

  /** The elements of one list, read in order. */
  private static final class Elements implements Site {
    private final Site list;
    private int index;

    Elements(Site list) {
      this.list = list;
    }

    @Override
    public String path() {
      return list.path() + "[" + index + "]";
    }
  }

  @FunctionalInterface
  private interface Element<T> {
    /** The element at the current token, or null when it is refused (the problem is reported). */
    T read(Site at) throws IOException;
  }

  /**
   * Reads values at the current token and collects problems. Every reader leaves the parser on
   * the last token of the value it read, whatever its type, so the next field is read next.
   */
  private static final class Reader {
    static final Site ROOT = () -> "";

    final JsonParser tokens;
    final byte[] source;
    final List<FieldProblem> problems = new ArrayList<>();
    final Instant now;

    Reader(JsonParser tokens, byte[] source, Instant now) {
      this.tokens = tokens;
      this.source = source;
      this.now = now;
    }

    /**
     * The accounts list at the current token, read by {@code reader}, with the bytes it was read
     * from when it came from bytes and was read without a problem (see {@link AccountsAsSent}).
     */
    List<Account> asSent(Site at, Element<List<Account>> reader) throws IOException {
      boolean fromBytes = source != null && tokens.currentToken() == JsonToken.START_ARRAY;
      long start = fromBytes ? tokens.currentTokenLocation().getByteOffset() : -1;
      int problemsBefore = problems.size();
      List<Account> accounts = reader.read(at);
      if (!fromBytes || problems.size() != problemsBefore || tokens.currentToken() != JsonToken.END_ARRAY) {
        return accounts;
      }
      long end = tokens.currentLocation().getByteOffset();
      return new AccountsAsSent(accounts, Arrays.copyOfRange(source, Math.toIntExact(start), Math.toIntExact(end)));
    }

    void problem(String path, String reason) {
      if (problems.size() < MAX_PROBLEMS) {
        problems.add(new FieldProblem(path, reason));
      }
    }

    void problem(Site at, String reason) {
      if (problems.size() < MAX_PROBLEMS) {
        problems.add(new FieldProblem(at.path(), reason));
      }
    }

    boolean check(boolean ok, Site at, String reason) {
      if (!ok) {
        problem(at, reason);
      }
      return ok;
    }

    boolean isNull() {
      return tokens.currentToken() == JsonToken.VALUE_NULL;
    }

    /** Skips the current value, with everything it holds. */
    void skip() throws IOException {
      tokens.skipChildren();
    }

    /** Reports the current value as refused and skips it, with everything it holds. */
    void refuse(Site at, String reason) throws IOException {
      problem(at, reason);
      skip();
    }

    Fields fields(Site at, Shape shape) {
      return new Fields(this, at, shape);
    }

    /** The object at the current token, or null (reported: "must be an object") for any other value. */
    Fields object(Site at, Shape shape) throws IOException {
      if (tokens.currentToken() != JsonToken.START_OBJECT) {
        refuse(at, "must be an object");
        return null;
      }
      return fields(at, shape);
    }

    /** A string within its length, storable as sent; null (reported) otherwise. */
    String text(Site at, int max) throws IOException {
      if (tokens.currentToken() != JsonToken.VALUE_STRING) {
        refuse(at, "must be a string");
        return null;
      }
      String value = tokens.getText();
      if (value.length() > max) {
        problem(at, "must be at most " + max + " characters (was " + value.length() + ")");
        return null;
      }
      // U+FFFD is what invalid UTF-8 in a request body decodes to; the import refuses such lines earlier.
      if (value.indexOf('\uFFFD') >= 0 || !StorableText.Check.isStorable(value)) {
        problem(at, "must be valid UTF-8 text");
        return null;
      }
      return value;
    }

    /** A field that may be absent or null; any other value must be a valid string. */
    Optional<String> optionalText(Site at, int max) throws IOException {
      return isNull() ? Optional.empty() : Optional.ofNullable(text(at, max));
    }

    /** A required text field's value: null when null (left to {@link Fields#reportMissing}) or refused. */
    String nonBlank(Site at, int max) throws IOException {
      if (isNull()) {
        return null;
      }
      String value = text(at, max);
      if (value != null && value.isBlank()) {
        problem(at, "must not be blank");
        return null;
      }
      return value;
    }

    String oneOf(Site at, Set<String> allowed) throws IOException {
      String value = nonBlank(at, 40);
      if (value != null && !allowed.contains(value)) {
        problem(at, "must be one of " + String.join(", ", new TreeSet<>(allowed)));
        return null;
      }
      return value;
    }

    /**
     * A hashtag as stored: without its leading '#' marks, lower-cased. Normalising it again gives
     * the same tag, so a stored profile reads back exactly as it was written.
     */
    String hashtag(String raw, Site at) {
      int start = 0;
      while (start < raw.length() && raw.charAt(start) == '#') {
        start++;
      }
      String tag = raw.substring(start).toLowerCase(Locale.ROOT);
      if (tag.length() > HASHTAG) {
        // Lower-casing can lengthen a text (a dotted capital I becomes two characters).
        problem(at, "must be at most " + HASHTAG + " characters (was " + tag.length() + " once lower-cased)");
        return null;
      }
      return tag;
    }

    /** A whole number, not negative; 0 when null (left to {@link Fields#reportMissing}) or refused. */
    long count(Site at) throws IOException {
      if (isNull()) {
        return 0;
      }
      if (tokens.currentToken() != JsonToken.VALUE_NUMBER_INT || tokens.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
        refuse(at, "must be a whole number");
        return 0;
      }
      long value = tokens.getLongValue();
      if (value < 0) {
        problem(at, "must not be negative");
        return 0;
      }
      return value;
    }

    OptionalLong optionalCount(Site at) throws IOException {
      return isNull() ? OptionalLong.empty() : OptionalLong.of(count(at));
    }

    Optional<Boolean> bool(Site at) throws IOException {
      JsonToken token = tokens.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return Optional.empty();
      }
      if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
        refuse(at, "must be true or false");
        return Optional.empty();
      }
      return Optional.of(token == JsonToken.VALUE_TRUE);
    }

    LocalDate pastDate(Site at) throws IOException {
      String text = nonBlank(at, 10);
      if (text == null) {
        return null;
      }
      try {
        LocalDate date = Iso8601.date(text);
        if (date.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1))) {
          problem(at, "must not be in the future");
        }
        return date;
      } catch (DateTimeParseException e) {
        problem(at, "must be a date like 2026-10-31");
        return null;
      }
    }

    Instant pastInstant(Site at) throws IOException {
      String text = nonBlank(at, 40);
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

    Provenance provenance(Site at) throws IOException {
      String value = oneOf(at, PROVENANCES);
      return value == null ? null : Provenance.valueOf(value.toUpperCase(Locale.ROOT));
    }

    Map<String, Double> shares(Site at, Predicate<String> validKey, String keyDescription) throws IOException {
      Map<String, Double> shares = new LinkedHashMap<>();
      if (isNull()) {
        return shares;
      }
      if (tokens.currentToken() != JsonToken.START_OBJECT) {
        refuse(at, "must be an object of shares, e.g. {\"FR\": 0.6, \"BE\": 0.4}");
        return shares;
      }
      Fields share = fields(at, MAP);
      double sum = 0;
      while (share.next()) {
        if (!validKey.test(share.name())) {
          refuse(share, "is not " + keyDescription);
          continue;
        }
        if (shares.containsKey(share.name())) {
          refuse(share, "is given more than once");
          continue;
        }
        double value = tokens.currentToken().isNumeric() ? tokens.getDoubleValue() : Double.NaN;
        if (!(value >= 0 && value <= 1)) {
          refuse(share, "must be a share between 0 and 1");
          continue;
        }
        shares.put(share.name(), value);
        sum += value;
      }
      if (!shares.isEmpty() && Math.abs(sum - 1.0) > SHARE_SUM_TOLERANCE) {
        problem(at, String.format(Locale.ROOT, "shares must sum to 1 (100%%), not %.3f", sum));
      }
      return shares;
    }

    List<String> codes(Site at, Set<String> valid, String description) throws IOException {
      return list(at, LIST, element -> {
        String code = text(element, 3);
        if (code != null && !valid.contains(code)) {
          problem(element, "must be " + description);
          return null;
        }
        return code;
      });
    }

    /**
     * The list at the current token (null reads as empty), each element read in turn. A list
     * longer than its bound is refused whole, with that one reason: what its elements held
     * would only bury it.
     */
    <T> List<T> list(Site at, int max, Element<T> element) throws IOException {
      List<T> values = new ArrayList<>();
      if (isNull()) {
        return values;
      }
      if (tokens.currentToken() != JsonToken.START_ARRAY) {
        refuse(at, "must be a list");
        return values;
      }
      int problemsBefore = problems.size();
      Elements elements = new Elements(at);
      int size = 0;
      while (tokens.nextToken() != JsonToken.END_ARRAY) {
        if (size < max) {
          elements.index = size;
          T value = element.read(elements);
          if (value != null) {
            values.add(value);
          }
        } else {
          skip();
        }
        size++;
      }
      if (size > max) {
        problems.subList(problemsBefore, problems.size()).clear();
        problem(at, "must hold at most " + max + " entries (had " + size + ")");
        values.clear();
      }
      return values;
    }
  }
}
