package com.truereach.matching.authenticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccountProfileTest {

    @Test
    void a_negative_posts_count_is_rejected_by_name() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> AccountProfile.ofCounts(-1, 10, 10));
        assertEquals("postsCount must not be negative, was -1", failure.getMessage());
    }

    @Test
    void a_negative_followers_count_is_rejected_by_name() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> AccountProfile.ofCounts(0, -5, 10));
        assertTrue(failure.getMessage().startsWith("followersCount"));
    }

    @Test
    void a_negative_following_count_is_rejected_by_name() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> new AccountProfile("a", "A", "", true, false, false, 0, 0, -2));
        assertTrue(failure.getMessage().startsWith("followingCount"));
    }

    @Test
    void every_descriptive_field_may_be_unknown() {
        AccountProfile profile = AccountProfile.ofCounts(0, 0, 0);

        assertNull(profile.username());
        assertNull(profile.fullName());
        assertNull(profile.biography());
        assertNull(profile.hasProfilePicture());
        assertNull(profile.isPrivate());
        assertNull(profile.hasExternalUrl());
    }

    @Test
    void withers_change_one_field_and_keep_the_rest() {
        AccountProfile profile = FollowerProfiles.aTypicalGenuineFollower().withBiography(null);

        assertNull(profile.biography());
        assertEquals("marta.keller", profile.username());
        assertEquals(389, profile.followersCount());
    }
}
