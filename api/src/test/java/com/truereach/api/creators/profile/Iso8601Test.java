package com.truereach.api.creators.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class Iso8601Test {

  @Test
  void reads_what_instant_parse_reads_and_refuses_what_it_refuses() {
    String[] cases = {
      "2026-10-31T18:00:00Z", "2024-02-29T23:59:59Z", "2023-02-29T10:00:00Z", "2026-13-01T00:00:00Z",
      "2026-00-10T00:00:00Z", "2026-04-31T00:00:00Z", "2026-01-01T24:00:00Z", "2026-12-31T23:59:60Z",
      "2026-01-01T00:60:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2026-10-31T18:00:00.250Z",
      "2026-10-31T18:00:00+01:00", "2026-10-31 18:00:00Z", "2026-10-31T18:00:00z", "2026-1a-31T18:00:00Z",
      "+2026-10-31T18:00:0Z", "2026-10-31T18:00Z", "",
    };
    for (String text : cases) {
      assertSameAsInstantParse(text);
    }
  }

  @Test
  void agrees_with_instant_parse_on_random_timestamps() {
    SplittableRandom random = new SplittableRandom(11);
    for (int n = 0; n < 100_000; n++) {
      // Fields drawn a little beyond their ranges, so impossible dates and times are common.
      String text = String.format("%04d-%02d-%02dT%02d:%02d:%02dZ", random.nextInt(10_000), random.nextInt(14),
          random.nextInt(33), random.nextInt(26), random.nextInt(62), random.nextInt(62));
      assertSameAsInstantParse(text);
    }
  }

  private static void assertSameAsInstantParse(String text) {
    assertSameAsJdk(text, Instant::parse, Iso8601::instant);
  }

  /** The fast reading gives what the JDK's parser gives, and throws where it throws. */
  private static <T> void assertSameAsJdk(String text, Function<String, T> jdk, Function<String, T> fast) {
    T expected;
    try {
      expected = jdk.apply(text);
    } catch (DateTimeParseException e) {
      assertThatThrownBy(() -> fast.apply(text)).as(text).isInstanceOf(DateTimeParseException.class);
      return;
    }
    assertThat(fast.apply(text)).as(text).isEqualTo(expected);
  }

  @Test
  void reads_dates_as_local_date_parse_does() {
    String[] cases = {
      "2026-10-31", "2024-02-29", "2023-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-04-00",
      "0000-01-01", "9999-12-31", "+2026-10-31", "2026-1-31", "2026/10/31", "2026-10-3a", "26-10-31",
      "2026-10-31T", "", "2026-10-31 ",
    };
    for (String text : cases) {
      assertSameAsLocalDateParse(text);
    }
    SplittableRandom random = new SplittableRandom(12);
    for (int n = 0; n < 100_000; n++) {
      assertSameAsLocalDateParse(String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14), random.nextInt(33)));
    }
  }

  private static void assertSameAsLocalDateParse(String text) {
    assertSameAsJdk(text, LocalDate::parse, Iso8601::date);
  }

  @Test
  void writes_instants_as_instant_to_string_does() {
    SplittableRandom random = new SplittableRandom(13);
    long first = Instant.parse("-0002-01-01T00:00:00Z").getEpochSecond();
    long last = Instant.parse("+10001-01-01T00:00:00Z").getEpochSecond();
    for (int n = 0; n < 100_000; n++) {
      Instant instant = Instant.ofEpochSecond(random.nextLong(first, last), n % 10 == 0 ? random.nextInt(1_000_000_000) : 0);
      assertThat(Iso8601.format(instant)).isEqualTo(instant.toString());
    }
    for (String edge : new String[] {"0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59Z"}) {
      assertThat(Iso8601.format(Instant.parse(edge))).isEqualTo(edge);
    }
    assertThat(Iso8601.format(Instant.parse("+10000-01-01T00:00:00Z"))).isEqualTo("+10000-01-01T00:00:00Z");
  }
}
