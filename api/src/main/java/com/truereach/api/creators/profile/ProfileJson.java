package com.truereach.api.creators.profile;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.truereach.api.creators.profile.CreatorProfile.Account;
import com.truereach.api.creators.profile.CreatorProfile.Audience;
import com.truereach.api.creators.profile.CreatorProfile.FollowerProfile;
import com.truereach.api.creators.profile.CreatorProfile.PostRecord;
import com.truereach.api.creators.profile.CreatorProfile.RateCard;
import com.truereach.api.creators.profile.CreatorProfile.Snapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Writes a profile back in the import schema. The database stores accounts and rates in this form,
 * so what was accepted is what is stored and what {@link ProfileParser} reads back.
 *
 * <p>Accounts are written straight to a generator: a creator's accounts are most of an import's
 * bytes, and building a tree first doubled the garbage of every stored creator. The tree form,
 * for merges and responses, is read from the same generator calls, so the schema is written in
 * one place.
 */
public final class ProfileJson {

  /**
   * Doubles (audience shares) read and written with Jackson's fast algorithms: the same values
   * (correctly rounded; the shortest text that reads back as the same double) for less CPU.
   */
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

  private ProfileJson() {}

  /** The accounts as stored: JSON in UTF-8; as they were sent when they were read from bytes. */
  public static byte[] accountsUtf8(List<Account> accounts) {
    if (accounts instanceof AccountsAsSent sent) {
      return sent.json();
    }
    ByteArrayBuilder out = new ByteArrayBuilder(8192);
    try (JsonGenerator generator = MAPPER.createGenerator(out, JsonEncoding.UTF8)) {
      write(generator, accounts);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return out.toByteArray();
  }

  /** Any tree as JSON in UTF-8. */
  public static byte[] utf8(JsonNode tree) {
    try {
      return MAPPER.writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
  }

  /** The accounts as a tree, for merging stored history and for responses. */
  public static ArrayNode accounts(List<Account> accounts) {
    try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
      write(buffer, accounts);
      return (ArrayNode) MAPPER.readTree(buffer.asParser(MAPPER));
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
  }

  public static ArrayNode rates(List<RateCard> rates) {
    ArrayNode array = MAPPER.createArrayNode();
    for (RateCard rate : rates) {
      array.addObject().put("platform", rate.platform()).put("deliverable", rate.deliverable())
          .put("amount", rate.amountMinor()).put("currency", rate.currency());
    }
    return array;
  }

  private static void write(JsonGenerator g, List<Account> accounts) throws IOException {
    g.writeStartArray();
    for (Account account : accounts) {
      account(g, account);
    }
    g.writeEndArray();
  }

  private static void account(JsonGenerator g, Account account) throws IOException {
    g.writeStartObject();
    g.writeStringField("platform", account.platform());
    g.writeStringField("handle", account.handle());
    g.writeArrayFieldStart("snapshots");
    for (Snapshot s : account.snapshots()) {
      g.writeStartObject();
      g.writeStringField("date", s.date().toString());
      g.writeNumberField("followers", s.followers());
      g.writeNumberField("following", s.following());
      g.writeNumberField("posts", s.posts());
      g.writeStringField("provenance", s.provenance().wire());
      optionalCount(g, "views", s.views());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("posts");
    for (PostRecord p : account.posts()) {
      post(g, p);
    }
    g.writeEndArray();
    if (account.audience().isPresent()) {
      g.writeFieldName("audience");
      audience(g, account.audience().get());
    }
    g.writeArrayFieldStart("followerSample");
    for (FollowerProfile f : account.followerSample()) {
      follower(g, f);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void post(JsonGenerator g, PostRecord p) throws IOException {
    g.writeStartObject();
    g.writeStringField("publishedAt", Iso8601.format(p.publishedAt()));
    g.writeNumberField("likes", p.likes());
    g.writeNumberField("comments", p.comments());
    g.writeNumberField("shares", p.shares());
    g.writeBooleanField("sponsored", p.sponsored());
    g.writeStringField("caption", p.caption());
    optionalCount(g, "views", p.views());
    strings(g, "hashtags", p.hashtags());
    strings(g, "commentSample", p.commentSample());
    g.writeEndObject();
  }

  private static void follower(JsonGenerator g, FollowerProfile f) throws IOException {
    g.writeStartObject();
    // A partner's partial profile keeps its gaps: absent fields are left out, not written as null.
    optionalText(g, "username", f.username());
    optionalText(g, "fullName", f.fullName());
    optionalText(g, "biography", f.biography());
    optionalFlag(g, "hasProfilePicture", f.hasProfilePicture());
    optionalFlag(g, "isPrivate", f.isPrivate());
    optionalFlag(g, "hasExternalUrl", f.hasExternalUrl());
    g.writeNumberField("postsCount", f.postsCount());
    g.writeNumberField("followersCount", f.followersCount());
    g.writeNumberField("followingCount", f.followingCount());
    g.writeEndObject();
  }

  private static void audience(JsonGenerator g, Audience audience) throws IOException {
    g.writeStartObject();
    g.writeStringField("asOf", audience.asOf().toString());
    g.writeStringField("provenance", audience.provenance().wire());
    shares(g, "countries", audience.countries());
    shares(g, "languages", audience.languages());
    shares(g, "ages", audience.ages());
    shares(g, "genders", audience.genders());
    g.writeEndObject();
  }

  private static void shares(JsonGenerator g, String field, Map<String, Double> shares) throws IOException {
    g.writeObjectFieldStart(field);
    for (Map.Entry<String, Double> share : shares.entrySet()) {
      g.writeNumberField(share.getKey(), share.getValue());
    }
    g.writeEndObject();
  }

  private static void optionalText(JsonGenerator g, String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(field, value.get());
    }
  }

  private static void optionalFlag(JsonGenerator g, String field, Optional<Boolean> value) throws IOException {
    if (value.isPresent()) {
      g.writeBooleanField(field, value.get());
    }
  }

  private static void optionalCount(JsonGenerator g, String field, OptionalLong value) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(field, value.getAsLong());
    }
  }

  private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }
}
