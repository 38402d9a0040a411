package com.truereach.billing.money;

import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in integer minor units (cents for EUR) with its currency.
 *
 * <p>Never a floating-point number: every ledger movement must balance to the unit.
 */
public record Money(long minorUnits, Currency currency) {

  public Money {
    Objects.requireNonNull(currency, "currency");
  }

  public static Money of(long minorUnits, String currencyCode) {
    return new Money(minorUnits, Currency.getInstance(currencyCode));
  }

  public static Money zero(Currency currency) {
    return new Money(0, currency);
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
  }

  public Money negate() {
    return new Money(Math.negateExact(minorUnits), currency);
  }

  public boolean isNegative() {
    return minorUnits < 0;
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot combine " + currency.getCurrencyCode() + " with " + other.currency.getCurrencyCode());
    }
  }

  @Override
  public String toString() {
    return minorUnits + " " + currency.getCurrencyCode() + " minor units";
  }
}
