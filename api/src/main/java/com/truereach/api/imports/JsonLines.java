package com.truereach.api.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a JSON Lines stream one line at a time, in constant memory whatever the body's size, and
 * tells an invalid-UTF-8 or over-long line apart from the others so it can be refused alone.
 */
final class JsonLines {

  private final InputStream in;
  private final int maxLineBytes;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private byte[] buffer = new byte[8192];
  private final byte[] chunk = new byte[1 << 16];
  private int position;
  private int limit;
  private int number;

  JsonLines(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or empty at the end of the stream. */
  Optional<Line> next() throws IOException {
    int length = 0;
    boolean tooLong = false;
    boolean any = false;
    boolean ended = false;
    // Scans a chunk at a time: a read() per byte cost a tenth of an import's CPU.
    while (!ended) {
      if (position == limit) {
        limit = in.read(chunk, 0, chunk.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          break;
        }
      }
      any = true;
      int end = position;
      while (end < limit && chunk[end] != '\n') {
        end++;
      }
      ended = end < limit;
      int take = end - position;
      int room = maxLineBytes - length;
      if (take > room) {
        tooLong = true;
        take = room;
      }
      if (take > 0) {
        if (length + take > buffer.length) {
          buffer = java.util.Arrays.copyOf(buffer, Math.min(Math.max(buffer.length * 2, length + take), maxLineBytes));
        }
        System.arraycopy(chunk, position, buffer, length, take);
        length += take;
      }
      position = ended ? end + 1 : end;
    }
    if (!any) {
      return Optional.empty();
    }
    number++;
    if (length > 0 && buffer[length - 1] == '\r') {
      length--;
    }
    if (tooLong) {
      return Optional.of(new Line(number, null, "is longer than " + maxLineBytes + " bytes"));
    }
    try {
      CharBuffer text = decoder.reset().decode(ByteBuffer.wrap(buffer, 0, length));
      return Optional.of(new Line(number, text.toString(), null));
    } catch (CharacterCodingException e) {
      return Optional.of(new Line(number, null, "is not valid UTF-8"));
    }
  }

  /** One line: its text, or why it could not be read. */
  record Line(int number, String text, String unreadable) {
    boolean blank() {
      return text != null && text.isBlank();
    }
  }
}
