package com.truereach.api.search;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One {@code _bulk} request body, written whole before it is sent so that it goes out with its
 * length. The search client's own bulk call streams a body a line at a time in chunked encoding,
 * and a body that reaches Elasticsearch in pieces costs it more CPU per document (ADR 0019).
 */
final class BulkBody {

  private static final SerializedString NEWLINE = new SerializedString("\n");

  private final ObjectMapper mapper;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
  private final JsonGenerator json;
  private int operations;

  BulkBody(ObjectMapper mapper) {
    this.mapper = mapper;
    try {
      this.json = mapper.createGenerator(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing to memory does not fail
    }
    // NDJSON: each action and each document a root value on its own line.
    json.setRootValueSeparator(NEWLINE);
  }

  BulkBody index(CreatorDocument document) throws IOException {
    action("index", document.id());
    mapper.writeValue(json, document);
    return this;
  }

  BulkBody delete(String id) throws IOException {
    action("delete", id);
    return this;
  }

  boolean isEmpty() {
    return operations == 0;
  }

  /** The finished body; nothing may be added afterwards. */
  byte[] toByteArray() throws IOException {
    json.writeRaw('\n'); // the bulk API wants the last line ended too
    json.close();
    return bytes.toByteArray();
  }

  private void action(String type, String id) throws IOException {
    json.writeStartObject();
    json.writeObjectFieldStart(type);
    json.writeStringField("_id", id);
    json.writeEndObject();
    json.writeEndObject();
    operations++;
  }
}
