package com.truereach.api.creators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CreatorIdTest {

  @Test
  void a_new_id_is_a_version_7_uuid_carrying_the_time_it_was_made() {
    long before = System.currentTimeMillis();
    UUID id = CreatorId.next().value();
    long after = System.currentTimeMillis();

    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).as("RFC 9562 variant").isEqualTo(2);
    assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
  }

  @Test
  void ids_made_later_sort_after_earlier_ones_as_text_and_as_database_keys() throws InterruptedException {
    CreatorId earlier = CreatorId.next();
    Thread.sleep(2);
    CreatorId later = CreatorId.next();

    // PostgreSQL orders uuid values byte by byte, which is the order of their canonical text.
    assertThat(later.toString()).isGreaterThan(earlier.toString());
    assertThat(later.value()).isGreaterThan(earlier.value());
  }

  @Test
  void ids_made_in_the_same_millisecond_still_differ() {
    Set<UUID> ids = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      ids.add(CreatorId.next().value());
    }
    assertThat(ids).hasSize(100_000);
  }

  @Test
  void an_id_reads_back_from_its_text() {
    CreatorId id = CreatorId.next();
    assertThat(CreatorId.parse(id.toString())).contains(id);
    assertThat(CreatorId.parse("not-a-uuid")).isEmpty();
  }
}
