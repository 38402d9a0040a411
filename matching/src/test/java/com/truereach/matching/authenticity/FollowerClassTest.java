package com.truereach.matching.authenticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowerClassTest {

    @Test
    void wire_names_are_the_stable_lower_case_names() {
        assertEquals(List.of("real", "mass_follower", "suspicious", "influencer"),
                Arrays.stream(FollowerClass.values()).map(FollowerClass::wireName).toList());
    }

    @Test
    void a_wire_name_reads_back_to_its_class() {
        for (FollowerClass followerClass : FollowerClass.values()) {
            assertEquals(followerClass, FollowerClass.fromWireName(followerClass.wireName()));
        }
    }

    @Test
    void an_unknown_wire_name_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> FollowerClass.fromWireName("REAL"));
    }

    @Test
    void only_real_people_and_influencers_are_credible() {
        assertTrue(FollowerClass.REAL.isCredible());
        assertTrue(FollowerClass.INFLUENCER.isCredible());
        assertFalse(FollowerClass.MASS_FOLLOWER.isCredible());
        assertFalse(FollowerClass.SUSPICIOUS.isCredible());
    }
}
