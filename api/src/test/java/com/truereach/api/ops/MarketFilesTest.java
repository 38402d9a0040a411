package com.truereach.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.truereach.api.creators.profile.ProfileParser;
import com.truereach.matching.market.MarketGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarketFilesTest {

  @Test
  void every_generated_record_is_a_valid_creator_record() {
    ProfileParser parser = new ProfileParser(Clock.systemUTC());
    MarketGenerator market = new MarketGenerator(7, LocalDate.now().minusDays(1));
    for (long i = 0; i < 500; i++) {
      ProfileParser.Result result = parser.parse(MarketFiles.record(i, market.creator(i).observed()));
      assertThat(result).as("creator %d", i).isInstanceOf(ProfileParser.Parsed.class);
    }
  }

  @Test
  void files_are_reproducible_from_the_seed(@TempDir Path dir) throws Exception {
    MarketFiles.write(250, dir.resolve("a"), 42, 100);
    MarketFiles.write(250, dir.resolve("b"), 42, 100);

    List<String> files = List.of("creators-0000.jsonl", "creators-0001.jsonl", "creators-0002.jsonl");
    for (String file : files) {
      assertThat(Files.readString(dir.resolve("a").resolve(file))).isEqualTo(Files.readString(dir.resolve("b").resolve(file)));
    }
    assertThat(Files.readAllLines(dir.resolve("a").resolve("creators-0002.jsonl"))).hasSize(50);
  }
}
