package com.truereach.api.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Where a page ended: the name of the order and the sort values of its last hit (ending with the
 * id, so the order is total), opaque to clients (base64url JSON). Paging by search_after keeps pages
 * stable while documents are added; the order's name makes a cursor from another order a clear
 * error rather than a wrong page.
 */
public record SearchCursor(String order, List<FieldValue> values) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public String encode() {
    ObjectNode cursor = JSON.createObjectNode();
    cursor.put("order", order);
    ArrayNode array = cursor.putArray("after");
    for (FieldValue value : values) {
      if (value.isDouble()) {
        array.add(value.doubleValue());
      } else if (value.isLong()) {
        array.add(value.longValue());
      } else if (value.isNull()) {
        array.addNull();
      } else {
        array.add(value.stringValue());
      }
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Decodes a client's cursor; anything that is not one of ours decodes to empty. */
  public static Optional<SearchCursor> decode(String encoded) {
    try {
      JsonNode cursor = JSON.readTree(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8));
      if (cursor == null || !cursor.isObject() || !cursor.path("order").isTextual() || cursor.get("order").asText().length() > 32) {
        return Optional.empty();
      }
      JsonNode array = cursor.get("after");
      if (array == null || !array.isArray() || array.isEmpty() || array.size() > 3) {
        return Optional.empty();
      }
      List<FieldValue> values = new ArrayList<>();
      for (JsonNode node : array) {
        if (node.isIntegralNumber()) {
          values.add(FieldValue.of(node.asLong()));
        } else if (node.isNumber()) {
          values.add(FieldValue.of(node.asDouble()));
        } else if (node.isTextual() && node.asText().length() <= 64) {
          values.add(FieldValue.of(node.asText()));
        } else if (node.isNull()) {
          values.add(FieldValue.NULL);
        } else {
          return Optional.empty();
        }
      }
      return Optional.of(new SearchCursor(cursor.get("order").asText(), values));
    } catch (Exception notOurs) {
      return Optional.empty();
    }
  }
}
