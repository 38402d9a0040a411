package com.truereach.billing.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void amounts_in_the_same_currency_add_to_the_unit() {
    assertEquals(Money.of(1_050, "EUR"), Money.of(1_000, "EUR").plus(Money.of(50, "EUR")));
  }

  @Test
  void amounts_in_different_currencies_cannot_be_combined() {
    assertThrows(IllegalArgumentException.class, () -> Money.of(1, "EUR").plus(Money.of(1, "USD")));
  }

  @Test
  void an_overflow_is_an_error_not_a_wrap_around() {
    assertThrows(ArithmeticException.class, () -> Money.of(Long.MAX_VALUE, "EUR").plus(Money.of(1, "EUR")));
  }

  @Property
  void adding_then_subtracting_gives_back_the_amount(
      @ForAll @IntRange(min = -1_000_000, max = 1_000_000) int a,
      @ForAll @IntRange(min = -1_000_000, max = 1_000_000) int b) {
    assertEquals(Money.of(a, "EUR"), Money.of(a, "EUR").plus(Money.of(b, "EUR")).minus(Money.of(b, "EUR")));
  }
}
