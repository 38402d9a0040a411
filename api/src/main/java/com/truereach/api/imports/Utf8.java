package com.truereach.api.imports;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks bytes are well-formed UTF-8 as the JDK's strict decoder defines it (no overlong forms, no
 * encoded surrogates, nothing above U+10FFFF), without decoding them: an import hands the checked
 * bytes straight to the JSON parser, so a line is never copied into characters just to be checked.
 * Runs of ASCII, most of an import's bytes, are passed over eight bytes at a time.
 */
final class Utf8 {

  private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private Utf8() {}

  static boolean isValid(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      if (to - i >= 8 && ((long) EIGHT_BYTES.get(bytes, i) & HIGH_BITS) == 0) {
        i += 8;
        continue;
      }
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
