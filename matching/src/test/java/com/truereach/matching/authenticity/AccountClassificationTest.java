package com.truereach.matching.authenticity;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountClassificationTest {

    @Test
    void a_probability_outside_zero_to_one_is_refused() {
        assertThrows(IllegalArgumentException.class,
                () -> new AccountClassification(FollowerClass.REAL, 1.2, 1, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new AccountClassification(FollowerClass.REAL, Double.NaN, 1, List.of()));
    }

    @Test
    void a_confidence_outside_zero_to_one_is_refused() {
        assertThrows(IllegalArgumentException.class,
                () -> new AccountClassification(FollowerClass.REAL, 0.1, -0.1, List.of()));
    }

    @Test
    void reasons_cannot_be_changed_afterwards() {
        List<String> reasons = new ArrayList<>(List.of("a reason"));
        AccountClassification verdict = new AccountClassification(FollowerClass.REAL, 0.1, 1, reasons);

        assertThrows(UnsupportedOperationException.class, () -> verdict.reasons().add("another"));
    }
}
