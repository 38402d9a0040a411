package com.truereach.api.creators.profile;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Parses the record's ISO-8601 texts exactly as {@link Instant#parse} and {@link LocalDate#parse}
 * do, with a fast path for the shapes imports send ({@code 2026-10-31T18:00:00Z}, {@code
 * 2026-10-31}): the general parser was an eighth of reading a creator record for its timestamps
 * (one per post), and as much again for its dates (one per snapshot). Anything else goes to the
 * general parser, which also words the error. Whole-second instants are written back the same
 * way, by hand, for the same reason.
 */
final class Iso8601 {

  private static final long FIRST_PLAIN_SECOND = LocalDate.of(0, 1, 1).toEpochDay() * 86_400L;
  private static final long LAST_PLAIN_SECOND = LocalDate.of(9999, 12, 31).toEpochDay() * 86_400L + 86_399L;

  private Iso8601() {}

  /** @throws java.time.format.DateTimeParseException as {@link Instant#parse} would */
  static Instant instant(String text) {
    Instant fast = plainSeconds(text);
    return fast != null ? fast : Instant.parse(text);
  }

  /** @throws java.time.format.DateTimeParseException as {@link LocalDate#parse} would */
  static LocalDate date(String text) {
    LocalDate fast = text.length() == 10 ? plainDate(text) : null;
    return fast != null ? fast : LocalDate.parse(text);
  }

  /** The text {@link Instant#toString} gives, spelled by hand for whole seconds in years 0 to 9999. */
  static String format(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (instant.getNano() != 0 || seconds < FIRST_PLAIN_SECOND || seconds > LAST_PLAIN_SECOND) {
      return instant.toString();
    }
    long days = Math.floorDiv(seconds, 86_400L);
    int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
    LocalDate date = LocalDate.ofEpochDay(days);
    char[] t = new char[20];
    put(t, 0, date.getYear(), 4);
    t[4] = '-';
    put(t, 5, date.getMonthValue(), 2);
    t[7] = '-';
    put(t, 8, date.getDayOfMonth(), 2);
    t[10] = 'T';
    put(t, 11, secondOfDay / 3_600, 2);
    t[13] = ':';
    put(t, 14, secondOfDay / 60 % 60, 2);
    t[16] = ':';
    put(t, 17, secondOfDay % 60, 2);
    t[19] = 'Z';
    return new String(t);
  }

  private static void put(char[] text, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      text[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  private static Instant plainSeconds(String t) {
    if (t.length() != 20 || t.charAt(10) != 'T' || t.charAt(13) != ':' || t.charAt(16) != ':' || t.charAt(19) != 'Z') {
      return null;
    }
    LocalDate date = plainDate(t);
    int hour = digits(t, 11, 2);
    int minute = digits(t, 14, 2);
    int second = digits(t, 17, 2);
    // Hour 24 and leap seconds are legal in ISO-8601 and handled by the general parser.
    if (date == null || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    return Instant.ofEpochSecond(date.toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second);
  }

  /** The {@code yyyy-MM-dd} at the start of the text, or null for any other shape or an impossible date. */
  private static LocalDate plainDate(String t) {
    if (t.charAt(4) != '-' || t.charAt(7) != '-') {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 2);
    int day = digits(t, 8, 2);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
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
