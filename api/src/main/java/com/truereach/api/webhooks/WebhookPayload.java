package com.truereach.api.webhooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;

/** The body of a webhook: {"id", "type", "occurredAt", "data"}, the same on every attempt and replay of one event. */
final class WebhookPayload {

  private static final ObjectMapper JSON = new ObjectMapper();

  private WebhookPayload() {}

  static String body(UUID eventId, String type, Instant occurredAt, String data) {
    ObjectNode body = JSON.createObjectNode();
    body.put("id", eventId.toString());
    body.put("type", type);
    body.put("occurredAt", occurredAt.toString());
    try {
      body.set("data", JSON.readTree(data));
    } catch (IOException e) {
      throw new UncheckedIOException("stored event data unreadable", e);
    }
    return body.toString();
  }
}
