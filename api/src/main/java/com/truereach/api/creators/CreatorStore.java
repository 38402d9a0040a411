package com.truereach.api.creators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.truereach.api.creators.profile.CreatorProfile;
import com.truereach.api.creators.profile.ProfileJson;
import com.truereach.api.creators.profile.ProfileParser;
import com.truereach.api.db.Sql;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** SQL over catalog.creators, on the connection of the caller's transaction. */
final class CreatorStore {

  private static final String COLUMNS =
      "id, external_source, external_id, owner_subject, display_name, bio, country, languages, niches, rates::text,"
          + " accounts::text, version, created_at, updated_at";

  /**
   * Accounts are bound as UTF-8 bytes: they are most of a creator's bytes, and a Java string
   * would be built (and widened to UTF-16 by the first emoji) only for the driver to encode it
   * back to UTF-8.
   */
  private static final String ACCOUNTS_JSON = "convert_from(?, 'UTF8')::json";

  private final ProfileParser parser;

  CreatorStore(Clock clock) {
    // Stored profiles were validated on the way in; dates are read back against a far clock.
    this.parser = new ProfileParser(Clock.offset(clock, java.time.Duration.ofDays(36500)));
  }

  /**
   * Inserts or updates creators by (source, external id), keeping metric history the new record
   * does not repeat. Returns one outcome per profile, in order.
   */
  List<UpsertOutcome> upsert(Connection connection, String source, List<CreatorProfile> profiles) throws SQLException {
    if (profiles.stream().map(p -> p.externalId().orElseThrow()).distinct().count() < profiles.size()) {
      // The second would update the first's row within the same statement, and the outcomes lie.
      throw new IllegalArgumentException("an upsert must name each external id once");
    }
    lock(connection, source, profiles);
    Map<String, Existing> existing = existing(connection, source, profiles);
    String sql =
        "INSERT INTO catalog.creators (id, external_source, external_id, display_name, bio, country, languages, niches,"
            + " rates, accounts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, " + ACCOUNTS_JSON + ")"
            + " ON CONFLICT (external_source, external_id) WHERE external_id IS NOT NULL DO UPDATE SET"
            + " display_name = excluded.display_name, bio = excluded.bio, country = excluded.country,"
            + " languages = excluded.languages, niches = excluded.niches, rates = excluded.rates,"
            + " accounts = excluded.accounts, updated_at = now(), version = catalog.creators.version + 1";
    List<UpsertOutcome> outcomes = new ArrayList<>(profiles.size());
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (CreatorProfile profile : profiles) {
        String externalId = profile.externalId().orElseThrow();
        Existing before = existing.get(externalId);
        UUID id = before == null ? CreatorId.next().value() : before.id();
        byte[] accounts = before == null
            ? ProfileJson.accountsUtf8(profile.accounts()) : ProfileJson.utf8(mergeHistory(profile, before.accounts()));
        bind(statement, connection, id, source, externalId, profile, accounts);
        statement.addBatch();
        outcomes.add(new UpsertOutcome(new CreatorId(id), before == null));
      }
      statement.executeBatch();
    }
    return outcomes;
  }

  /**
   * Serialises concurrent upserts of the same (source, external id) until this transaction ends,
   * so the second sees the first's row and history. Taken in sorted order: no deadlocks.
   */
  private static void lock(Connection connection, String source, List<CreatorProfile> profiles) throws SQLException {
    Object[] keys = profiles.stream().map(p -> source + "\u001f" + p.externalId().orElseThrow()).sorted().distinct().toArray();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest(?::text[]) AS k ORDER BY k")) {
      statement.setArray(1, connection.createArrayOf("text", keys));
      statement.execute();
    }
  }

  /** A creator without an external id (a creator's own sign-up). */
  CreatorId insert(Connection connection, Optional<String> ownerSubject, CreatorProfile profile) throws SQLException {
    UUID id = CreatorId.next().value();
    try (PreparedStatement statement = connection.prepareStatement(
        "INSERT INTO catalog.creators (id, external_source, external_id, display_name, bio, country, languages, niches,"
            + " rates, accounts, owner_subject) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, " + ACCOUNTS_JSON + ", ?)")) {
      bind(statement, connection, id, null, null, profile, ProfileJson.accountsUtf8(profile.accounts()));
      statement.setString(11, ownerSubject.orElse(null));
      statement.executeUpdate();
    }
    return new CreatorId(id);
  }

  /** Replaces the profile if the version still matches; false when someone changed it meanwhile. */
  boolean update(Connection connection, CreatorId id, CreatorProfile profile, long expectedVersion) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "UPDATE catalog.creators SET display_name = ?, bio = ?, country = ?, languages = ?, niches = ?,"
            + " rates = ?::jsonb, accounts = " + ACCOUNTS_JSON + ", updated_at = now(), version = version + 1"
            + " WHERE id = ? AND version = ?")) {
      statement.setString(1, profile.displayName());
      statement.setString(2, profile.bio());
      statement.setString(3, profile.country());
      statement.setArray(4, connection.createArrayOf("text", profile.languages().toArray()));
      statement.setArray(5, connection.createArrayOf("text", profile.niches().toArray()));
      statement.setString(6, ProfileJson.rates(profile.rates()).toString());
      statement.setBytes(7, ProfileJson.accountsUtf8(profile.accounts()));
      statement.setObject(8, id.value());
      statement.setLong(9, expectedVersion);
      return statement.executeUpdate() == 1;
    }
  }

  Optional<Creator> find(Connection connection, CreatorId id) {
    return Sql.query(connection, "SELECT " + COLUMNS + " FROM catalog.creators WHERE id = ?",
        s -> s.setObject(1, id.value()), this::creator).stream().findFirst();
  }

  List<Creator> findAll(Connection connection, Collection<CreatorId> ids) {
    Object[] uuids = ids.stream().map(CreatorId::value).toArray();
    return Sql.query(connection, "SELECT " + COLUMNS + " FROM catalog.creators WHERE id = ANY (?)",
        s -> s.setArray(1, s.getConnection().createArrayOf("uuid", uuids)), this::creator);
  }

  /** The stored version of each of these creators that still exists. */
  Map<CreatorId, Long> versions(Connection connection, Collection<CreatorId> ids) {
    Object[] uuids = ids.stream().map(CreatorId::value).toArray();
    Map<CreatorId, Long> versions = new HashMap<>();
    Sql.query(connection, "SELECT id, version FROM catalog.creators WHERE id = ANY (?)",
        s -> s.setArray(1, s.getConnection().createArrayOf("uuid", uuids)),
        row -> versions.put(new CreatorId(row.getObject(1, UUID.class)), row.getLong(2)));
    return versions;
  }

  /**
   * The creators an upsert has just created, as a read would return them: the profiles as given
   * (storing and parsing a profile gives it back unchanged) with the row's owner, version and
   * timestamps. Updated creators are left out: their stored history is a merge.
   */
  List<Creator> created(Connection connection, String source, List<CreatorProfile> profiles, List<UpsertOutcome> outcomes) {
    Map<UUID, CreatorProfile> profileById = new HashMap<>();
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i).created()) {
        profileById.put(outcomes.get(i).id().value(), profiles.get(i).withoutSourceText());
      }
    }
    if (profileById.isEmpty()) {
      return List.of();
    }
    return Sql.query(connection,
        "SELECT id, owner_subject, version, created_at, updated_at FROM catalog.creators WHERE id = ANY (?)",
        s -> s.setArray(1, s.getConnection().createArrayOf("uuid", profileById.keySet().toArray())),
        row -> {
          UUID id = row.getObject(1, UUID.class);
          return new Creator(new CreatorId(id), Optional.of(source), Optional.ofNullable(row.getString(2)),
              profileById.get(id), row.getLong(3), row.getTimestamp(4).toInstant(), row.getTimestamp(5).toInstant());
        });
  }

  /** Ids in key order after {@code after}, for rebuilds and consistency checks that page through all. */
  List<CreatorId> idsAfter(Connection connection, Optional<CreatorId> after, int limit) {
    return Sql.query(connection, "SELECT id FROM catalog.creators WHERE id > ? ORDER BY id LIMIT ?",
        s -> { s.setObject(1, after.map(CreatorId::value).orElse(new UUID(0L, 0L))); s.setInt(2, limit); },
        row -> new CreatorId(row.getObject(1, UUID.class)));
  }

  List<CreatorId> changedSince(Connection connection, java.time.Instant since) {
    return Sql.query(connection, "SELECT id FROM catalog.creators WHERE updated_at >= ?",
        s -> s.setTimestamp(1, java.sql.Timestamp.from(since)), row -> new CreatorId(row.getObject(1, UUID.class)));
  }

  /** Every creator's id and version, in id order, a page at a time (for index checks). */
  List<Map.Entry<CreatorId, Long>> versionsAfter(Connection connection, Optional<CreatorId> after, int limit) {
    return Sql.query(connection, "SELECT id, version FROM catalog.creators WHERE id > ? ORDER BY id LIMIT ?",
        s -> { s.setObject(1, after.map(CreatorId::value).orElse(new UUID(0L, 0L))); s.setInt(2, limit); },
        row -> Map.entry(new CreatorId(row.getObject(1, UUID.class)), row.getLong(2)));
  }

  Optional<CreatorId> findByOwner(Connection connection, String ownerSubject) {
    return Sql.query(connection, "SELECT id FROM catalog.creators WHERE owner_subject = ?",
        s -> s.setString(1, ownerSubject), row -> new CreatorId(row.getObject(1, UUID.class))).stream().findFirst();
  }

  private void bind(PreparedStatement statement, Connection connection, UUID id, String source, String externalId,
      CreatorProfile profile, byte[] accountsJson) throws SQLException {
    statement.setObject(1, id);
    statement.setString(2, source);
    statement.setString(3, externalId);
    statement.setString(4, profile.displayName());
    statement.setString(5, profile.bio());
    statement.setString(6, profile.country());
    statement.setArray(7, connection.createArrayOf("text", profile.languages().toArray()));
    statement.setArray(8, connection.createArrayOf("text", profile.niches().toArray()));
    statement.setString(9, ProfileJson.rates(profile.rates()).toString());
    statement.setBytes(10, accountsJson);
  }

  private Map<String, Existing> existing(Connection connection, String source, List<CreatorProfile> profiles) {
    Object[] externalIds = profiles.stream().map(p -> p.externalId().orElseThrow()).toArray();
    Map<String, Existing> found = new HashMap<>();
    Sql.query(connection,
        "SELECT external_id, id, accounts::text FROM catalog.creators WHERE external_source = ? AND external_id = ANY (?)",
        s -> { s.setString(1, source); s.setArray(2, s.getConnection().createArrayOf("text", externalIds)); },
        row -> found.put(row.getString(1), new Existing(row.getObject(2, UUID.class), json(row.getString(3)))));
    return found;
  }

  /** The new accounts, each with the stored snapshots of days the new record does not mention. */
  private static ArrayNode mergeHistory(CreatorProfile profile, JsonNode storedAccounts) {
    ArrayNode merged = ProfileJson.accounts(profile.accounts());
    for (JsonNode account : merged) {
      for (JsonNode stored : storedAccounts) {
        if (stored.path("platform").asText().equals(account.path("platform").asText())) {
          ArrayNode snapshots = (ArrayNode) account.get("snapshots");
          java.util.Set<String> dates = new java.util.HashSet<>();
          snapshots.forEach(s -> dates.add(s.path("date").asText()));
          stored.path("snapshots").forEach(s -> {
            if (!dates.contains(s.path("date").asText())) {
              snapshots.add(s);
            }
          });
          trimToNewest(snapshots, 400);
        }
      }
    }
    return merged;
  }

  private static void trimToNewest(ArrayNode snapshots, int max) {
    List<JsonNode> sorted = new ArrayList<>();
    snapshots.forEach(sorted::add);
    sorted.sort(java.util.Comparator.comparing((JsonNode s) -> s.path("date").asText()));
    snapshots.removeAll();
    sorted.subList(Math.max(0, sorted.size() - max), sorted.size()).forEach(snapshots::add);
  }

  private Creator creator(ResultSet row) throws SQLException {
    ObjectNode record = ProfileJson.MAPPER.createObjectNode();
    if (row.getString(3) != null) {
      record.put("externalId", row.getString(3));
    }
    record.put("displayName", row.getString(5)).put("bio", row.getString(6)).put("country", row.getString(7));
    ArrayNode languages = record.putArray("languages");
    for (String l : (String[]) row.getArray(8).getArray()) {
      languages.add(l);
    }
    ArrayNode niches = record.putArray("niches");
    for (String n : (String[]) row.getArray(9).getArray()) {
      niches.add(n);
    }
    record.set("rates", json(row.getString(10)));
    record.set("accounts", json(row.getString(11)));
    ProfileParser.Result parsed = parser.parse(record);
    if (!(parsed instanceof ProfileParser.Parsed ok)) {
      throw new IllegalStateException("stored creator " + row.getObject(1) + " no longer parses: " + parsed);
    }
    return new Creator(new CreatorId(row.getObject(1, UUID.class)), Optional.ofNullable(row.getString(2)),
        Optional.ofNullable(row.getString(4)), ok.profile(), row.getLong(12),
        row.getTimestamp(13).toInstant(), row.getTimestamp(14).toInstant());
  }

  private static JsonNode json(String text) {
    try {
      return ProfileJson.MAPPER.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException("stored JSON unreadable", e);
    }
  }

  private record Existing(UUID id, JsonNode accounts) {}
}
