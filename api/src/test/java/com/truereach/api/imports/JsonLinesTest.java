package com.truereach.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

  @Test
  void lines_come_back_whole_across_read_boundaries() throws IOException {
    String longLine = "{\"bio\": \"" + "é".repeat(50_000) + "\"}"; // 100,000+ bytes: spans two chunks
    List<JsonLines.Line> lines = read(("{\"a\": 1}\r\n\n" + longLine + "\n{\"b\": 2}").getBytes(StandardCharsets.UTF_8), 1 << 20);
    assertThat(lines).extracting(JsonLines.Line::number).containsExactly(1, 2, 3, 4);
    assertThat(lines).extracting(JsonLines.Line::text).containsExactly("{\"a\": 1}", "", longLine, "{\"b\": 2}");
  }

  @Test
  void an_over_long_or_invalid_line_is_refused_alone() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes("x".repeat(100).getBytes(StandardCharsets.US_ASCII));
    body.write('\n');
    body.writeBytes(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}', '\n'}); // a broken two-byte sequence
    body.writeBytes("y".repeat(64).getBytes(StandardCharsets.US_ASCII));
    body.write('\n');
    List<JsonLines.Line> lines = read(body.toByteArray(), 64);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0).unreadable()).isEqualTo("is longer than 64 bytes");
    assertThat(lines.get(1).unreadable()).isEqualTo("is not valid UTF-8");
    assertThat(lines.get(2).text()).isEqualTo("y".repeat(64));
  }

  @Test
  void an_empty_body_has_no_lines() throws IOException {
    assertThat(read(new byte[0], 64)).isEmpty();
  }

  private static List<JsonLines.Line> read(byte[] body, int maxLineBytes) throws IOException {
    JsonLines reader = new JsonLines(new ByteArrayInputStream(body), maxLineBytes);
    List<JsonLines.Line> lines = new ArrayList<>();
    for (var line = reader.next(); line.isPresent(); line = reader.next()) {
      lines.add(line.get());
    }
    return lines;
  }
}
