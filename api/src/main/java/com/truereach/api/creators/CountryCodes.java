package com.truereach.api.creators;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 codes, as the JDK knows them. */
final class CountryCodes {

  private static final Set<String> KNOWN = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

  private CountryCodes() {}

  static boolean isKnown(String code) {
    return KNOWN.contains(code);
  }
}
