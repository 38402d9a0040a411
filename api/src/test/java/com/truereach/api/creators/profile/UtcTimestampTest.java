package com.truereach.api.creators.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UtcTimestampTest {

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
    Instant expected;
    try {
      expected = Instant.parse(text);
    } catch (DateTimeParseException e) {
      assertThatThrownBy(() -> UtcTimestamp.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
      return;
    }
    assertThat(UtcTimestamp.parse(text)).as(text).isEqualTo(expected);
  }
}
