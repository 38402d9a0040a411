package com.truereach.matching.authenticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccountFeaturesTest {

    @Test
    void username_figures_match_the_labelled_data_definitions() {
        AccountFeatures features = AccountFeatures.of(AccountProfile.ofCounts(1, 2, 3).withUsername("anna1234"));

        assertEquals(8, features.usernameLength());
        assertEquals(0.5, features.usernameDigitShare(), 1e-12);
        assertEquals(0.5, features.usernameLetterShare(), 1e-12);
        assertEquals(0.6, AccountFeatures.of(AccountProfile.ofCounts(1, 2, 3).withUsername("é._ab")).usernameLetterShare(), 1e-12,
                "letters are code points, separators are not letters");
        assertTrue(Double.isNaN(AccountFeatures.of(AccountProfile.ofCounts(1, 2, 3)).usernameLetterShare()), "no username: unknown");
    }

    @Test
    void an_empty_full_name_is_known_to_have_no_words_but_a_missing_one_is_unknown() {
        AccountFeatures empty = AccountFeatures.of(AccountProfile.ofCounts(1, 2, 3).withFullName("  "));
        AccountFeatures missing = AccountFeatures.of(AccountProfile.ofCounts(1, 2, 3));

        assertEquals(0, empty.fullNameWords());
        assertEquals(0, empty.fullNameDigitShare());
        assertTrue(AccountFeatures.isMissing(missing.fullNameWords()));
        assertTrue(AccountFeatures.isMissing(missing.biographyLength()));
        assertTrue(AccountFeatures.isMissing(missing.hasProfilePicture()));
    }

    @Test
    void a_full_name_that_only_repeats_the_username_is_recognised() {
        AccountProfile profile = AccountProfile.ofCounts(1, 2, 3).withUsername("anna_meier").withFullName("Anna Meier");
        AccountProfile different = profile.withFullName("Anna M.");

        assertEquals(1, AccountFeatures.of(profile).nameMatchesUsername());
        assertEquals(0, AccountFeatures.of(different).nameMatchesUsername());
        assertTrue(AccountFeatures.isMissing(AccountFeatures.of(profile.withUsername(null)).nameMatchesUsername()));
    }

    @Test
    void bio_length_counts_characters_not_bytes_and_ignores_surrounding_space() {
        AccountFeatures features = AccountFeatures.of(AccountProfile.ofCounts(1, 2, 3).withBiography(" Zürich 🏔 "));

        assertEquals(8, features.biographyLength());
    }
}
