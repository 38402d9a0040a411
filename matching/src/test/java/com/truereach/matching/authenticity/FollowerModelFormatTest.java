package com.truereach.matching.authenticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class FollowerModelFormatTest {

    private final FollowerModel shipped = FollowerClassifier.loadDefault().model();

    @Test
    void a_written_model_reads_back_to_the_same_probabilities() throws IOException {
        FollowerModel copy = FollowerModelFormat.parse(properties(
                FollowerModelFormat.format(shipped, List.of("comment"), Map.of("training.note", "ignored"))));

        for (AccountFeatures features : List.of(AccountFeatures.of(FollowerProfiles.aTypicalBotFollower()),
                AccountFeatures.of(FollowerProfiles.aCountsOnlyFollower()))) {
            assertEquals(shipped.probability(features), copy.probability(features), 1e-7);
        }
        assertEquals(shipped.suspiciousThreshold(), copy.suspiciousThreshold());
    }

    @Test
    void a_resource_without_a_required_entry_is_refused_with_its_name() throws IOException {
        Properties properties = properties(FollowerModelFormat.format(shipped, List.of(), Map.of()));
        properties.remove("calibration.slope");

        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> FollowerModelFormat.parse(properties));
        assertTrue(failure.getMessage().contains("calibration.slope"));
    }

    @Test
    void a_file_of_another_format_is_refused() {
        Properties properties = new Properties();
        properties.setProperty("format", "something-else");

        assertThrows(IllegalArgumentException.class, () -> FollowerModelFormat.parse(properties));
    }

    @Test
    void a_model_whose_calibration_turns_the_score_upside_down_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new FollowerModel("x", "x", shipped.shapes(),
                0, -1, 0, 0.5, 0.1, 0.5));
    }

    private static Properties properties(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }
}
