package com.truereach.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Utf8Test {

  @Test
  void agrees_with_the_jdk_strict_decoder_on_edge_cases() {
    byte[][] cases = {
      {}, {'a'}, bytes(0xC3, 0xA9), bytes(0xC3), bytes(0xC3, 0x28), bytes(0xC0, 0xAF), bytes(0xC1, 0xBF),
      bytes(0xE0, 0x9F, 0xBF), bytes(0xE0, 0xA0, 0x80), bytes(0xED, 0x9F, 0xBF), bytes(0xED, 0xA0, 0x80),
      bytes(0xEF, 0xBF, 0xBF), bytes(0xF0, 0x8F, 0xBF, 0xBF), bytes(0xF0, 0x90, 0x80, 0x80),
      bytes(0xF4, 0x8F, 0xBF, 0xBF), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xF5, 0x80, 0x80, 0x80), bytes(0xFF),
      bytes(0x80), bytes(0xE2, 0x82), bytes(0xF0, 0x9F, 0x98), bytes(0xF0, 0x9F, 0x98, 0x80),
    };
    for (byte[] bytes : cases) {
      assertSameVerdictAsJdk(bytes);
    }
  }

  @Test
  void agrees_with_the_jdk_strict_decoder_on_random_bytes() {
    SplittableRandom random = new SplittableRandom(7);
    int valid = 0;
    for (int n = 0; n < 200_000; n++) {
      byte[] bytes = new byte[random.nextInt(1, 9)];
      for (int i = 0; i < bytes.length; i++) {
        // Mostly bytes that can start or continue a multi-byte sequence, so both outcomes are common.
        bytes[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(0x80) : 0x80 + random.nextInt(0x80));
      }
      valid += assertSameVerdictAsJdk(bytes) ? 1 : 0;
    }
    assertThat(valid).as("valid cases among the random ones").isGreaterThan(1_000);
  }

  @Test
  void agrees_with_the_jdk_strict_decoder_on_long_mostly_ascii_lines() {
    SplittableRandom random = new SplittableRandom(8);
    int valid = 0;
    for (int n = 0; n < 20_000; n++) {
      byte[] bytes = new byte[random.nextInt(1, 80)];
      for (int i = 0; i < bytes.length; i++) {
        // Runs of ASCII with now and then a byte of a multi-byte sequence, at every offset.
        bytes[i] = (byte) (random.nextInt(12) == 0 ? 0x80 + random.nextInt(0x80) : random.nextInt(0x80));
      }
      if (random.nextBoolean()) {
        int at = random.nextInt(bytes.length);
        byte[] e9 = {(byte) 0xC3, (byte) 0xA9};
        System.arraycopy(e9, 0, bytes, at, Math.min(2, bytes.length - at));
      }
      valid += assertSameVerdictAsJdk(bytes) ? 1 : 0;
    }
    assertThat(valid).as("valid cases among the random ones").isGreaterThan(1_000);
  }

  /** Asserts Utf8 accepts exactly what the JDK's strict decoder accepts; returns that verdict. */
  private static boolean assertSameVerdictAsJdk(byte[] bytes) {
    boolean expected = jdkAccepts(bytes);
    assertThat(Utf8.isValid(bytes, 0, bytes.length)).as(java.util.HexFormat.of().formatHex(bytes)).isEqualTo(expected);
    return expected;
  }

  @Test
  void checks_only_the_given_range() {
    byte[] bytes = bytes('x', 0xC3, 0xA9, 0xFF);
    assertThat(Utf8.isValid(bytes, 0, 3)).isTrue();
    assertThat(Utf8.isValid(bytes, 0, 2)).isFalse();
    byte[] line = new byte[40];
    java.util.Arrays.fill(line, (byte) 'a');
    line[0] = (byte) 0xFF;
    line[21] = (byte) 0xFF;
    assertThat(Utf8.isValid(line, 1, 21)).as("eight at a time, but never past the range's end").isTrue();
    assertThat(Utf8.isValid(line, 1, 22)).isFalse();
    assertThat(Utf8.isValid(line, 0, 9)).isFalse();
  }

  private static boolean jdkAccepts(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }
}
