package com.truereach.api.imports;

/**
 * Checks bytes are well-formed UTF-8 as the JDK's strict decoder defines it (no overlong forms, no
 * encoded surrogates, nothing above U+10FFFF), without decoding them: an import hands the checked
 * bytes straight to the JSON parser, so a line is never copied into characters just to be checked.
 */
final class Utf8 {

  private Utf8() {}

  static boolean isValid(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      int lead = b & 0xFF;
      int length;
      int min2 = 0x80;
      int max2 = 0xBF;
      if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
      } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) {
          min2 = 0xA0; // shorter forms are overlong
        } else if (lead == 0xED) {
          max2 = 0x9F; // U+D800..U+DFFF are surrogates, not characters
        }
      } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) {
          min2 = 0x90;
        } else if (lead == 0xF4) {
          max2 = 0x8F; // beyond U+10FFFF
        }
      } else {
        return false; // a continuation byte first, an overlong lead (C0, C1) or F5..FF
      }
      if (to - i < length) {
        return false;
      }
      int second = bytes[i + 1] & 0xFF;
      if (second < min2 || second > max2) {
        return false;
      }
      for (int k = 2; k < length; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      i += length;
    }
    return true;
  }
}
