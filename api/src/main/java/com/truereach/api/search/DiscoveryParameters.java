package com.truereach.api.search;

import com.truereach.api.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads and checks discovery query parameters, collecting every problem before answering. */
final class DiscoveryParameters {

  private static final Set<String> PLATFORMS = Set.of("instagram", "tiktok", "youtube");
  private static final Set<String> AGE_BANDS = Set.of("13-17", "18-24", "25-34", "35-44", "45-54", "55+");
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  final List<Problem.FieldError> errors = new ArrayList<>();

  List<String> codes(String field, List<String> values, String pattern, String description) {
    List<String> valid = new ArrayList<>();
    for (String value : values) {
      if (value.matches(pattern)) {
        valid.add(value);
      } else {
        errors.add(new Problem.FieldError(field, "'" + abbreviate(value) + "' is not " + description));
      }
    }
    return valid;
  }

  List<String> platforms(List<String> values) {
    return codes("platform", values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList(), "instagram|tiktok|youtube", "one of instagram, tiktok, youtube");
  }

  List<String> niches(List<String> values) {
    List<String> valid = new ArrayList<>();
    for (String value : values) {
      if (com.truereach.matching.metrics.Niche.fromWireName(value).isPresent()) {
        valid.add(value);
      } else {
        errors.add(new Problem.FieldError("niche", "'" + abbreviate(value) + "' is not a niche of the taxonomy"));
      }
    }
    return valid;
  }

  Optional<Long> count(String field, String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      long parsed = Long.parseLong(value);
      if (parsed < 0) {
        errors.add(new Problem.FieldError(field, "must not be negative"));
        return Optional.empty();
      }
      return Optional.of(parsed);
    } catch (NumberFormatException e) {
      errors.add(new Problem.FieldError(field, "must be a whole number"));
      return Optional.empty();
    }
  }

  Optional<Double> number(String field, String value, double min, double max) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      double parsed = Double.parseDouble(value);
      if (!(parsed >= min && parsed <= max)) {
        errors.add(new Problem.FieldError(field, "must be between " + min + " and " + max));
        return Optional.empty();
      }
      return Optional.of(parsed);
    } catch (NumberFormatException e) {
      errors.add(new Problem.FieldError(field, "must be a number"));
      return Optional.empty();
    }
  }

  /** "FR:0.3" means at least 30% of the audience in FR. */
  List<CreatorQuery.AudienceFilter> audience(String field, List<String> values, CreatorQuery.Dimension dimension) {
    List<CreatorQuery.AudienceFilter> filters = new ArrayList<>();
    for (String value : values) {
      int colon = value.lastIndexOf(':');
      String key = colon < 0 ? value : value.substring(0, colon);
      boolean keyOk = switch (dimension) {
        case COUNTRY -> key.matches("[A-Z]{2}");
        case LANGUAGE -> key.matches("[a-z]{2}");
        case AGE -> AGE_BANDS.contains(key);
      };
      Optional<Double> share = colon < 0 ? Optional.empty() : parseShare(value.substring(colon + 1));
      if (!keyOk || share.isEmpty()) {
        errors.add(new Problem.FieldError(field, "'" + abbreviate(value) + "' must look like "
            + (dimension == CreatorQuery.Dimension.AGE ? "18-24:0.3" : dimension == CreatorQuery.Dimension.COUNTRY ? "FR:0.3" : "fr:0.3")
            + " (key, then the least share between 0 and 1)"));
        continue;
      }
      filters.add(new CreatorQuery.AudienceFilter(dimension, key, share.get()));
    }
    return filters;
  }

  Optional<CreatorQuery.Sort> sort(String value) {
    if (value == null) {
      return Optional.of(CreatorQuery.Sort.RELEVANCE);
    }
    try {
      return Optional.of(CreatorQuery.Sort.valueOf(value.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      errors.add(new Problem.FieldError("sort", "must be one of relevance, targeted_reach, authenticity, engagement_rate, followers"));
      return Optional.empty();
    }
  }

  private static Optional<Double> parseShare(String text) {
    try {
      double share = Double.parseDouble(text);
      return share >= 0 && share <= 1 ? Optional.of(share) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String abbreviate(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "..." : value;
  }
}
