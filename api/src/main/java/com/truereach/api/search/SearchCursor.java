package com.truereach.api.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page ended: the score and id of its last hit, opaque to clients (base64url). Paging by
 * search_after on (score, id) keeps pages stable while documents are added.
 */
public record SearchCursor(double score, String id) {

  public String encode() {
    String raw = Double.toString(score) + "|" + id;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** Decodes a client's cursor; anything that is not one of ours decodes to empty. */
  public static Optional<SearchCursor> decode(String encoded) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
      int bar = raw.indexOf('|');
      if (bar <= 0 || bar == raw.length() - 1) {
        return Optional.empty();
      }
      return Optional.of(new SearchCursor(Double.parseDouble(raw.substring(0, bar)), raw.substring(bar + 1)));
    } catch (IllegalArgumentException notOurs) {
      return Optional.empty();
    }
  }
}
