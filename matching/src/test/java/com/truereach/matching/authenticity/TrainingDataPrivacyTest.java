package com.truereach.matching.authenticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingDataPrivacyTest {

    @Test
    void the_conversion_keeps_derived_username_figures_and_drops_the_username_and_link() {
        List<String> converted = ConvertAuthenticityData.convertSrf(List.of(
                "\"Profile.URL\",\"rating\",\"Username\",\"Number.of.posts\",\"Number.of.people.they.follow\","
                        + "\"Number.of.followers\",\"has_profile_picture\",\"Private.account\"",
                "\"https://instagram.com/example.person42\",\"TRUE\",\"example.person42\",3,2100,40,\"FALSE\",TRUE"));

        assertEquals(AuthenticityData.SRF_HEADER, converted.get(0));
        assertEquals("1,3,40,2100,0,1,16,0.1250,0.8125", converted.get(1)); // 13 of 16 characters are letters
        assertFalse(String.join("\n", converted).contains("example"));
    }

    @Test
    void the_committed_srf_data_holds_numbers_only() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/authenticity/" + AuthenticityData.SRF_FILE)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                assertTrue(lines[i].matches("[0-9.,]+"), "line " + i + " holds more than numbers");
            }
        }
    }
}
