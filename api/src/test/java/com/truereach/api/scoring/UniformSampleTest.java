package com.truereach.api.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.truereach.api.creators.CreatorId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UniformSampleTest {

  @Test
  void a_catalogue_within_the_limit_is_taken_whole() {
    List<CreatorId> ids = ids(1_000);
    Set<CreatorId> sample = chosen(1_000, ids);
    assertThat(ids).allMatch(sample::contains);
  }

  @Test
  void a_larger_catalogue_gives_exactly_the_limit_each_creator_with_the_same_chance_old_or_new() {
    List<CreatorId> ids = ids(200_000); // in creation order
    Set<CreatorId> sample = chosen(40_000, ids);

    long oldest = ids.subList(0, 100_000).stream().filter(sample::contains).count();
    long newest = ids.subList(100_000, 200_000).stream().filter(sample::contains).count();

    assertThat(oldest + newest).isEqualTo(40_000);
    // 20,000 expected in each half; about four standard deviations either side.
    assertThat(oldest).isBetween(19_500L, 20_500L);
  }

  @Test
  void the_choice_depends_on_the_ids_alone_not_on_the_order_they_are_seen() {
    List<CreatorId> ids = ids(10_000);
    Set<CreatorId> first = chosen(100, ids);
    List<CreatorId> shuffled = new ArrayList<>(ids);
    Collections.shuffle(shuffled, new Random(7));
    Set<CreatorId> second = chosen(100, shuffled);

    assertThat(ids.stream().filter(first::contains).toList()).hasSize(100).isEqualTo(ids.stream().filter(second::contains).toList());
  }

  private static Set<CreatorId> chosen(int limit, List<CreatorId> ids) {
    UniformSample.Chooser chooser = UniformSample.choosing(limit);
    ids.forEach(chooser::offer);
    return new HashSet<>(chooser.chosen().ids());
  }

  private static List<CreatorId> ids(int count) {
    List<CreatorId> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ids.add(CreatorId.next());
    }
    return ids;
  }
}
