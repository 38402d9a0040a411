package com.truereach.api.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads a JSON Lines stream one line at a time, in constant memory whatever the body's size, and
 * tells an invalid-UTF-8 or over-long line apart from the others so it can be refused alone.
 */
final class JsonLines {

  private final InputStream in;
  private final int maxLineBytes;
  private byte[] buffer = new byte[8192];
  private final byte[] chunk = new byte[1 << 16];
  private int position;
  private int limit;
  private int number;
  private IOException pending;

  JsonLines(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Reads what has arrived into the chunk, up to its size: several reads while more is available,
   * since a body arrives in small pieces and a line split across pieces costs a copy. A read that
   * fails after others have delivered bytes is held back until those bytes are consumed, so a
   * dropped connection never costs lines already received.
   */
  private int fill() throws IOException {
    if (pending != null) {
      IOException failure = pending;
      pending = null;
      throw failure;
    }
    int filled = in.read(chunk, 0, chunk.length);
    if (filled <= 0) {
      return filled;
    }
    try {
      while (filled < chunk.length && in.available() > 0) {
        int more = in.read(chunk, filled, chunk.length - filled);
        if (more <= 0) {
          break;
        }
        filled += more;
      }
    } catch (IOException failure) {
      pending = failure;
    }
    return filled;
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
        limit = fill();
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
          buffer = Arrays.copyOf(buffer, Math.min(Math.max(buffer.length * 2, length + take), maxLineBytes));
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
    if (!Utf8.isValid(buffer, 0, length)) {
      return Optional.of(new Line(number, null, "is not valid UTF-8"));
    }
    return Optional.of(new Line(number, Arrays.copyOf(buffer, length), null));
  }

  /**
   * One line: its bytes (well-formed UTF-8, without the line break), or why it could not be read.
   * The bytes go to the JSON parser as they are; decoding them to characters first cost a copy of
   * every line.
   */
  record Line(int number, byte[] json, String unreadable) {

    /** Nothing but spaces and control whitespace (tab, CR, form feed): skipped, not refused. */
    boolean blank() {
      if (json == null) {
        return false;
      }
      for (byte b : json) {
        if (!Character.isWhitespace(b)) {
          return false;
        }
      }
      return true;
    }

    /** The line as text (for messages and tests). */
    String text() {
      return json == null ? null : new String(json, StandardCharsets.UTF_8);
    }
  }
}
