package com.truereach.api.creators.profile;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Parses UTC timestamps exactly as {@link Instant#parse} does, with a fast path for the shape
 * imports send ({@code 2026-10-31T18:00:00Z}): the general parser was an eighth of reading a
 * creator record, which holds a timestamp per post. Anything else goes to {@link Instant#parse}.
 */
final class UtcTimestamp {

  private UtcTimestamp() {}

  /** @throws java.time.format.DateTimeParseException as {@link Instant#parse} would */
  static Instant parse(String text) {
    Instant fast = plainSeconds(text);
    return fast != null ? fast : Instant.parse(text);
  }

  private static Instant plainSeconds(String t) {
    if (t.length() != 20 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
        || t.charAt(16) != ':' || t.charAt(19) != 'Z') {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 2);
    int day = digits(t, 8, 2);
    int hour = digits(t, 11, 2);
    int minute = digits(t, 14, 2);
    int second = digits(t, 17, 2);
    // Hour 24 and leap seconds are legal in ISO-8601 and handled by the general parser.
    if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    try {
      return Instant.ofEpochSecond(LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second);
    } catch (DateTimeException e) {
      return null; // an impossible date: the general parser reports it
    }
  }

  /** The ASCII digits at [from, from + count) as a number, or -1. */
  private static int digits(String t, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
