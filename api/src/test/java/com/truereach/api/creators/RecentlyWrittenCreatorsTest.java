package com.truereach.api.creators;

import static org.assertj.core.api.Assertions.assertThat;

import com.truereach.api.creators.profile.CreatorProfile;
import com.truereach.api.creators.profile.ProfileJson;
import com.truereach.api.creators.profile.ProfileParser;
import com.truereach.api.ops.MarketFiles;
import com.truereach.api.outbox.Outbox;
import com.truereach.api.testsupport.IntegrationTest;
import com.truereach.matching.market.MarketGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The index relay reads the creators an import has just created from memory instead of the
 * database: what it gets must be exactly what a read returns, and never an outdated version.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecentlyWrittenCreatorsTest implements IntegrationTest {

  @Inject TransactionOperations<Connection> transactions;
  @Inject Outbox outbox;
  @Value("${datasources.default.url}") String url;
  @Value("${datasources.default.username}") String user;
  @Value("${datasources.default.password}") String password;

  // A catalogue of its own, so the application's relay does not take the entries under test.
  CreatorCatalog catalog;
  final ProfileParser parser = new ProfileParser(Clock.systemUTC());

  @BeforeEach
  void catalogue() {
    catalog = new CreatorCatalog(transactions, outbox, Clock.systemUTC());
  }

  @Test
  void a_created_creator_served_from_memory_equals_the_stored_one() {
    String source = "recent-" + UUID.randomUUID();
    List<CreatorProfile> profiles = generated(120, source);
    List<CreatorId> ids = catalog.upsertAll(source, profiles).stream().map(UpsertOutcome::id).toList();
    assertThat(catalog.heldInMemory()).isEqualTo(120);

    List<Creator> fromMemory = sorted(catalog.findChanged(ids));

    assertThat(catalog.heldInMemory()).isZero();
    assertThat(fromMemory).hasSize(120);
    // Every field, the profile's posts, audience and follower sample included, as PostgreSQL gives it back.
    assertThat(fromMemory).isEqualTo(sorted(catalog.findAll(ids)));
  }

  @Test
  void a_held_creator_is_served_without_reading_its_row() throws Exception {
    String source = "recent-" + UUID.randomUUID();
    CreatorId id = catalog.upsertAll(source, generated(1, source)).get(0).id();
    String written = catalog.find(id).orElseThrow().profile().displayName();
    // Behind the catalogue's back, without a new version: only a read would see this.
    try (Connection c = DriverManager.getConnection(url, user, password);
        PreparedStatement update = c.prepareStatement("UPDATE catalog.creators SET display_name = 'Changed Underneath' WHERE id = ?")) {
      update.setObject(1, id.value());
      update.executeUpdate();
    }

    assertThat(catalog.findChanged(List.of(id))).singleElement()
        .satisfies(creator -> assertThat(creator.profile().displayName()).isEqualTo(written));
    assertThat(catalog.findAll(List.of(id))).singleElement()
        .satisfies(creator -> assertThat(creator.profile().displayName()).isEqualTo("Changed Underneath"));
  }

  @Test
  void a_record_the_parser_normalises_is_held_as_it_reads_back() throws Exception {
    String source = "recent-" + UUID.randomUUID();
    ObjectNode record = recordToNormalise(source);
    ProfileParser.Parsed parsed = (ProfileParser.Parsed) parser.parse(ProfileJson.MAPPER.readTree(record.toString()));
    List<CreatorId> ids = catalog.upsertAll(source, List.of(parsed.profile())).stream().map(UpsertOutcome::id).toList();

    List<Creator> fromMemory = catalog.findChanged(ids);

    assertThat(fromMemory).isEqualTo(catalog.findAll(ids));
    assertThat(fromMemory.get(0).profile().accounts().get(0).posts().get(0).hashtags())
        .containsExactly("double", "i\u0307stanbul", "plain", "");
  }

  @Test
  void a_record_read_from_its_line_stores_its_accounts_as_sent_and_reads_back_the_same() throws Exception {
    String source = "recent-" + UUID.randomUUID();
    String line = recordToNormalise(source).toString();
    ProfileParser.Parsed parsed = (ProfileParser.Parsed) parser.parse(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    List<CreatorId> ids = catalog.upsertAll(source, List.of(parsed.profile())).stream().map(UpsertOutcome::id).toList();

    List<Creator> fromMemory = catalog.findChanged(ids);

    assertThat(fromMemory).isEqualTo(catalog.findAll(ids));
    try (Connection connection = DriverManager.getConnection(url, user, password);
         PreparedStatement select = connection.prepareStatement("SELECT accounts::text FROM catalog.creators WHERE id = ?")) {
      select.setObject(1, ids.get(0).value());
      try (var row = select.executeQuery()) {
        assertThat(row.next()).isTrue();
        // The partner's own spelling, which the reader normalises on every read.
        assertThat(line).contains(row.getString(1));
        assertThat(row.getString(1)).contains("\"##Double\"", "+02:00");
      }
    }
  }

  private static ObjectNode recordToNormalise(String source) {
    ObjectNode record = MarketFiles.record(0, new MarketGenerator(5, LocalDate.now().minusDays(1)).creator(0).observed());
    record.put("externalId", source + "-normalised").put("displayName", "  Spaced Name \t").put("bio", " bio with spaces ");
    ObjectNode account = (ObjectNode) record.withArray("accounts").get(0);
    account.put("handle", " spaced.handle ");
    ObjectNode post = (ObjectNode) account.withArray("posts").get(0);
    post.putArray("hashtags").add("##Double").add("#\u0130stanbul").add("Plain").add("#");
    post.put("publishedAt", "2026-01-02T10:00:00+02:00");
    account.withObject("audience").withObject("countries").removeAll().put("FR", 0.1000000000000000055).put("BE", 0.9);
    return record;
  }

  @Test
  void a_creator_changed_after_its_creation_is_read_from_the_database() {
    String source = "recent-" + UUID.randomUUID();
    CreatorProfile original = generated(1, source).get(0);
    CreatorId id = catalog.upsertAll(source, List.of(original)).get(0).id();
    CreatorProfile renamed = new CreatorProfile(original.externalId(), "Renamed Since", original.bio(), original.country(),
        original.languages(), original.niches(), original.rates(), original.accounts());
    catalog.update(id, renamed, 1);

    List<Creator> changed = catalog.findChanged(List.of(id));

    assertThat(changed).singleElement().satisfies(creator -> {
      assertThat(creator.version()).isEqualTo(2);
      assertThat(creator.profile().displayName()).isEqualTo("Renamed Since");
    });
  }

  @Test
  void an_update_by_external_id_is_not_held_because_its_history_is_merged() {
    String source = "recent-" + UUID.randomUUID();
    List<CreatorProfile> profiles = generated(3, source);
    catalog.upsertAll(source, profiles);
    List<CreatorId> ids = catalog.upsertAll(source, profiles).stream().map(UpsertOutcome::id).toList();

    // The first write's entries are still held, but the second write bumped every version.
    assertThat(sorted(catalog.findChanged(ids))).isEqualTo(sorted(catalog.findAll(ids)))
        .allSatisfy(creator -> assertThat(creator.version()).isEqualTo(2));
  }

  @Test
  void nothing_is_held_from_a_write_inside_a_callers_transaction_which_may_still_roll_back() {
    String source = "recent-" + UUID.randomUUID();
    List<CreatorProfile> profiles = generated(2, source);

    transactions.executeWrite(status -> catalog.upsertAll(source, profiles));

    assertThat(catalog.heldInMemory()).isZero();
  }

  private List<CreatorProfile> generated(int count, String source) {
    MarketGenerator market = new MarketGenerator(77, LocalDate.now().minusDays(1));
    return LongStream.range(0, count).mapToObj(i -> {
      var record = MarketFiles.record(i, market.creator(i).observed());
      record.put("externalId", source + "-" + i);
      var parsed = parser.parse(ProfileJson.MAPPER.valueToTree(record));
      return ((ProfileParser.Parsed) parsed).profile();
    }).toList();
  }

  private static List<Creator> sorted(List<Creator> creators) {
    return creators.stream().sorted(Comparator.comparing(c -> c.id().value())).toList();
  }
}
