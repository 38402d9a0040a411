package com.truereach.api.search;

import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What matching reads of a creator, kept in the index as one small binary doc value beside the
 * document. A brief's candidates are hundreds of creators; reading and decoding this value costs a
 * fraction of reading, filtering and parsing each stored document, which is what the first stage's
 * latency was made of.
 *
 * <p>Format (version {@value #VERSION}): a version byte, a bit set of the fields present, then each
 * present field in the order {@link #encode} lists them: strings as modified UTF-8, lists and maps with a count
 * first, shares as whole ten-thousandths (the engine normalises them again), scores as floats.
 */
public final class RankingFacts {

  /** The index field holding the facts. */
  public static final String FIELD = "rankingFacts";

  static final int VERSION = 1;
  private static final double SHARE_UNIT = 10_000.0;
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RankingFacts.class);

  private RankingFacts() {}

  /** The facts of a document, as the index stores a binary value (base64). */
  static String encode(CreatorDocument d) {
    Object[] values = {d.id(), d.displayName(), d.country(), d.languages(), d.niches(), d.mainPlatform(), d.followers(),
        d.verified(), d.rateMin(), d.rateCurrency(), d.audienceCountry(), d.audienceLanguage(), d.audienceAge(), d.authenticity(),
        d.authenticityConfidence(), d.organicReach(), d.organicReachVerified(), d.nicheShares(), d.audienceProvenance()};
    int present = 0;
    for (int i = 0; i < values.length; i++) {
      present |= values[i] == null ? 0 : 1 << i;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeInt(present);
      for (Object value : values) {
        if (value != null) {
          write(out, value);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getEncoder().encodeToString(bytes.toByteArray());
  }

  /** The stored value of a hit searched with {@code docvalue_fields} of {@link #FIELD}. */
  public static Optional<String> valueOf(Hit<?> hit) {
    JsonData value = hit.fields().get(FIELD);
    return value == null ? Optional.empty() : Optional.of(value.toJson().asJsonArray().getString(0));
  }

  /**
   * The facts of a stored value; empty, with a warning, when it cannot be read (a value in an older
   * format until the rebuild that the mapping version bump starts rewrites it), so one creator never
   * fails a whole page.
   */
  public static Optional<CreatorDocument> read(String base64) {
    try {
      return Optional.of(decode(base64));
    } catch (IllegalArgumentException unreadable) {
      LOG.warn("Ranking facts left out: {}", unreadable.getMessage());
      return Optional.empty();
    }
  }

  /** A document holding only the ranking fields, from the stored value. */
  public static CreatorDocument decode(String base64) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(base64)))) {
      int version = in.readUnsignedByte();
      if (version != VERSION) {
        throw new IllegalArgumentException("ranking facts version " + version + " is not " + VERSION + "; rebuild the index");
      }
      int present = in.readInt();
      Reader r = new Reader(in, present);
      return new CreatorDocument(r.string(0), r.string(1), null, null, null, r.string(2), r.strings(3), r.strings(4), null,
          r.string(5), r.number(6), null, r.flag(7), r.number(8), r.string(9), r.shares(10), r.shares(11), r.shares(12),
          r.score(13), r.score(14), r.number(15), r.flag(16), r.shares(17), r.string(18), null, null, null, null, null);
    } catch (IOException e) {
      throw new IllegalArgumentException("unreadable ranking facts: " + e.getMessage(), e);
    }
  }

  private static void write(DataOutputStream out, Object value) throws IOException {
    if (value instanceof String text) {
      out.writeUTF(text);
    } else if (value instanceof Long number) {
      out.writeLong(number);
    } else if (value instanceof Boolean flag) {
      out.writeBoolean(flag);
    } else if (value instanceof Double score) {
      out.writeFloat(score.floatValue());
    } else if (value instanceof List<?> list) {
      out.writeShort(list.size());
      for (Object item : list) {
        out.writeUTF(String.valueOf(item));
      }
    } else if (value instanceof Map<?, ?> shares) {
      out.writeShort(shares.size());
      for (Map.Entry<?, ?> share : shares.entrySet()) {
        out.writeUTF(String.valueOf(share.getKey()));
        double fraction = share.getValue() == null ? 0 : ((Number) share.getValue()).doubleValue();
        out.writeShort((int) Math.round(Math.max(0, Math.min(1, fraction)) * SHARE_UNIT));
      }
    } else {
      throw new IllegalArgumentException("no ranking-facts encoding for " + value.getClass());
    }
  }

  /** Reads the fields in order, each only when the bit set says it is there. */
  private record Reader(DataInputStream in, int present) {
    private boolean has(int field) {
      return (present & (1 << field)) != 0;
    }

    String string(int field) throws IOException {
      return has(field) ? in.readUTF() : null;
    }

    Long number(int field) throws IOException {
      return has(field) ? in.readLong() : null;
    }

    Boolean flag(int field) throws IOException {
      return has(field) ? in.readBoolean() : null;
    }

    Double score(int field) throws IOException {
      return has(field) ? (double) in.readFloat() : null;
    }

    List<String> strings(int field) throws IOException {
      if (!has(field)) {
        return null;
      }
      int count = in.readUnsignedShort();
      List<String> items = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        items.add(in.readUTF());
      }
      return items;
    }

    Map<String, Double> shares(int field) throws IOException {
      if (!has(field)) {
        return null;
      }
      int count = in.readUnsignedShort();
      Map<String, Double> shares = new LinkedHashMap<>(count * 2);
      for (int i = 0; i < count; i++) {
        shares.put(in.readUTF(), in.readUnsignedShort() / SHARE_UNIT);
      }
      return shares;
    }
  }
}
