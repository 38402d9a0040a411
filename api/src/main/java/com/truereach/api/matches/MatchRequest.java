package com.truereach.api.matches;

import com.fasterxml.jackson.databind.JsonNode;
import com.truereach.api.problem.Problem;
import com.truereach.matching.metrics.AgeBand;
import com.truereach.matching.metrics.Niche;
import com.truereach.matching.metrics.Platform;
import com.truereach.matching.ranking.Brief;
import com.truereach.matching.ranking.InvalidBriefException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A brief as POST /v1/matches receives it, read from a JSON tree so that every wrong field is
 * named with its path ({@code niches[1]}), then handed to matching's {@link Brief} builder.
 *
 * @param limit ranked creators wanted, 1 to {@link #MAX_LIMIT}
 */
record MatchRequest(Brief brief, int limit) {

  static final int MAX_LIMIT = 100;
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_KEYWORDS = 20;
  static final int MAX_KEYWORD_LENGTH = 100;
  static final int MAX_COUNTRIES = 30;

  private static final Set<String> FIELDS = Set.of("niches", "keywords", "targetCountries", "languages", "ageBands", "platforms",
      "rateMin", "rateMax", "budget", "currency", "limit");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
  /** Field names matching's brief uses, as the request names them. */
  private static final Map<String, String> REQUEST_FIELD = Map.of("countries", "targetCountries", "minimumRate", "rateMin");

  /** The brief, or a {@link Refused} with every wrong field. */
  static MatchRequest parse(JsonNode root) {
    List<Problem.FieldError> errors = new ArrayList<>();
    Brief.Builder brief = Brief.builder();
    root.fieldNames().forEachRemaining(name -> {
      if (!FIELDS.contains(name)) {
        errors.add(new Problem.FieldError(name, "is not a field of a brief"));
      }
    });
    Reader r = new Reader(root, errors);
    List<String> niches = r.strings("niches", Niche.values().length, (path, value) -> {
      if (Niche.fromWireName(value).isEmpty()) {
        return "is not a niche of the taxonomy; known niches are "
            + Arrays.stream(Niche.values()).map(Niche::wireName).collect(Collectors.joining(", "));
      }
      return null;
    });
    List<String> keywords = r.strings("keywords", MAX_KEYWORDS, (path, value) -> value.isBlank() ? "must not be blank"
        : value.length() > MAX_KEYWORD_LENGTH ? "must be at most " + MAX_KEYWORD_LENGTH + " characters" : null);
    if (!root.has("targetCountries") || root.get("targetCountries").isNull()) {
      errors.add(new Problem.FieldError("targetCountries", "is required: the countries whose audience the brief wants to reach"));
    }
    List<String> countries = r.strings("targetCountries", MAX_COUNTRIES,
        (path, value) -> COUNTRIES.contains(value) ? null : "must be an ISO 3166-1 alpha-2 code such as FR");
    if (root.has("targetCountries") && root.get("targetCountries").isArray() && root.get("targetCountries").isEmpty()) {
      errors.add(new Problem.FieldError("targetCountries", "must name at least one country: an empty target matches nobody"));
    }
    List<String> languages = r.strings("languages", 20,
        (path, value) -> LANGUAGES.contains(value) && value.length() == 2 ? null : "must be an ISO 639-1 code such as fr");
    List<String> ageBands = r.strings("ageBands", AgeBand.values().length, (path, value) -> {
      try {
        AgeBand.fromLabel(value);
        return null;
      } catch (IllegalArgumentException e) {
        return "must be one of " + Arrays.stream(AgeBand.values()).map(AgeBand::label).collect(Collectors.joining(", "));
      }
    });
    List<String> platforms = r.strings("platforms", Platform.values().length, (path, value) -> {
      try {
        Platform.valueOf(value.toUpperCase(Locale.ROOT));
        return value.equals(value.toLowerCase(Locale.ROOT)) ? null : "must be instagram, tiktok or youtube";
      } catch (IllegalArgumentException e) {
        return "must be instagram, tiktok or youtube";
      }
    });
    Long rateMin = r.amount("rateMin");
    Long rateMax = r.amount("rateMax");
    Long budget = r.amount("budget");
    if (budget != null && budget == 0) {
      errors.add(new Problem.FieldError("budget", "must be positive"));
    }
    if (rateMax != null && rateMax == 0) {
      errors.add(new Problem.FieldError("rateMax", "must be positive"));
    }
    if (rateMin != null && rateMax != null && rateMin > rateMax) {
      errors.add(new Problem.FieldError("rateMin", "must not exceed rateMax"));
    }
    String currency = r.currency();
    Integer limit = r.limit();
    boolean contentRefused = errors.stream().anyMatch(e -> e.field().startsWith("niches") || e.field().startsWith("keywords"));
    if (niches.isEmpty() && keywords.isEmpty() && !contentRefused) {
      errors.add(new Problem.FieldError("niches", "name at least one niche or keyword"));
    }
    if (!errors.isEmpty()) {
      throw new Refused(errors);
    }
    try {
      niches.forEach(brief::niche);
      keywords.forEach(brief::keyword);
      countries.forEach(brief::country);
      languages.forEach(brief::language);
      ageBands.forEach(brief::ageBand);
      platforms.forEach(p -> brief.platform(Platform.valueOf(p.toUpperCase(Locale.ROOT))));
      long maximum = Math.min(rateMax == null ? Long.MAX_VALUE : rateMax, budget == null ? Long.MAX_VALUE : budget);
      brief.rateRange(rateMin == null ? 0 : rateMin, maximum);
      brief.currency(currency);
      return new MatchRequest(brief.build(), limit == null ? DEFAULT_LIMIT : limit);
    } catch (InvalidBriefException e) {
      String field = REQUEST_FIELD.getOrDefault(e.field(), e.field());
      if (field.equals("budget") && budget == null) {
        field = "rateMax";
      }
      throw new Refused(List.of(new Problem.FieldError(field, e.reason())));
    }
  }

  /** The brief was refused; every field at fault is named. */
  static final class Refused extends RuntimeException {
    private final List<Problem.FieldError> errors;

    Refused(List<Problem.FieldError> errors) {
      super("brief refused: " + errors);
      this.errors = List.copyOf(errors);
    }

    List<Problem.FieldError> errors() {
      return errors;
    }
  }

  /** Reads typed fields, recording a path and a reason for each wrong one. */
  private record Reader(JsonNode root, List<Problem.FieldError> errors) {

    interface Check {
      /** Why the value is refused, or null when it is fine. */
      String reason(String path, String value);
    }

    List<String> strings(String field, int max, Check check) {
      JsonNode node = root.get(field);
      List<String> values = new ArrayList<>();
      if (node == null || node.isNull()) {
        return values;
      }
      if (!node.isArray()) {
        errors.add(new Problem.FieldError(field, "must be a list of strings"));
        return values;
      }
      if (node.size() > max) {
        errors.add(new Problem.FieldError(field, "must hold at most " + max + " entries (had " + node.size() + ")"));
        return values;
      }
      for (int i = 0; i < node.size(); i++) {
        String path = field + "[" + i + "]";
        JsonNode element = node.get(i);
        if (!element.isTextual()) {
          errors.add(new Problem.FieldError(path, "must be a string"));
          continue;
        }
        String reason = check.reason(path, element.asText());
        if (reason != null) {
          errors.add(new Problem.FieldError(path, reason));
          continue;
        }
        values.add(element.asText());
      }
      return values;
    }

    /** An amount in minor units: a whole number, never negative. */
    Long amount(String field) {
      JsonNode node = root.get(field);
      if (node == null || node.isNull()) {
        return null;
      }
      if (!node.isIntegralNumber() || !node.canConvertToLong()) {
        errors.add(new Problem.FieldError(field, "must be a whole number of minor units (cents), e.g. 25000 for 250.00"));
        return null;
      }
      if (node.asLong() < 0) {
        errors.add(new Problem.FieldError(field, "must not be negative"));
        return null;
      }
      return node.asLong();
    }

    String currency() {
      JsonNode node = root.get("currency");
      if (node == null || node.isNull()) {
        errors.add(new Problem.FieldError("currency", "is required: rates are compared in one currency, never converted"));
        return null;
      }
      String code = node.isTextual() ? node.asText() : "";
      if (!code.matches("[A-Z]{3}") || !isCurrency(code)) {
        errors.add(new Problem.FieldError("currency", "must be an ISO 4217 code such as EUR"));
        return null;
      }
      return code;
    }

    Integer limit() {
      JsonNode node = root.get("limit");
      if (node == null || node.isNull()) {
        return null;
      }
      if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < 1 || node.asInt() > MAX_LIMIT) {
        errors.add(new Problem.FieldError("limit", "must be a whole number from 1 to " + MAX_LIMIT));
        return null;
      }
      return node.asInt();
    }

    private static boolean isCurrency(String code) {
      try {
        Currency.getInstance(code);
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
  }
}
