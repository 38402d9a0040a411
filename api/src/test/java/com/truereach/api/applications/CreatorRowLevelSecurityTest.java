package com.truereach.api.applications;

import static com.truereach.api.applications.MarketplaceFixtures.aFoodCreatorFromParis;
import static com.truereach.api.applications.MarketplaceFixtures.aProposalFor;
import static com.truereach.api.applications.MarketplaceFixtures.aPublishedCampaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.truereach.api.applications.MarketplaceFixtures.SignedUpCreator;
import com.truereach.api.campaigns.CampaignFixtures;
import com.truereach.api.testsupport.ApiClient;
import com.truereach.api.testsupport.IntegrationTest;
import com.truereach.api.testsupport.Tokens;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The creator's scope as a database wall: with raw JDBC, bypassing the application, a connection
 * scoped to one creator sees only that creator's applications and messages, only campaigns open to
 * them, and cannot write as another creator.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreatorRowLevelSecurityTest implements IntegrationTest {

  @Inject EmbeddedServer server;
  @Value("${datasources.default.url}") String url;
  @Value("${datasources.default.username}") String user;
  @Value("${datasources.default.password}") String password;

  SignedUpCreator first;
  SignedUpCreator second;
  String firstApplication;
  String draft;

  @BeforeAll
  void twoCreatorsApply() {
    ApiClient anonymous = new ApiClient(server.getURL());
    ApiClient alice = anonymous.as(Tokens.person("alice@acme.example"));
    first = aFoodCreatorFromParis(anonymous, "Rita Rowlevel", 30_000, 40_000);
    second = aFoodCreatorFromParis(anonymous, "Sami Rowlevel", 30_000, 40_000);
    String campaign = aPublishedCampaign(alice, CampaignFixtures.aSpringFoodCampaign("Row level"));
    firstApplication = first.client().postJson("/v1/me/applications", aProposalFor(campaign, 40_000)).json().get("id").asText();
    second.client().postJson("/v1/me/applications", aProposalFor(campaign, 40_000));
    alice.postJson("/v1/applications/" + firstApplication + "/messages", "{\"body\": \"for Rita\"}");
    draft = alice.postJson("/v1/campaigns", CampaignFixtures.aSpringFoodCampaign("Row level draft")).json().get("id").asText();
  }

  @Test
  void a_creator_scoped_query_without_filters_sees_only_that_creators_rows() throws SQLException {
    try (Connection c = scopedTo(first.id())) {
      assertThat(strings(c, "SELECT DISTINCT creator_id::text FROM campaigns.applications")).containsExactly(first.id());
      assertThat(strings(c, "SELECT DISTINCT creator_id::text FROM campaigns.messages")).containsExactly(first.id());
      assertThat(strings(c, "SELECT DISTINCT creator_id::text FROM events.events")).containsExactly(first.id());
      assertThat(strings(c, "SELECT DISTINCT state FROM campaigns.campaigns")).containsExactly("published");
      assertThat(strings(c, "SELECT id::text FROM campaigns.campaigns")).doesNotContain(draft);
      assertThat(strings(c, "SELECT tenant_id FROM campaigns.shortlists")).isEmpty();
      assertThat(strings(c, "SELECT tenant_id FROM webhooks.subscriptions")).isEmpty();
      c.rollback();
    }
  }

  @Test
  void a_creator_cannot_change_or_write_another_creators_rows() throws SQLException {
    try (Connection c = scopedTo(second.id())) {
      try (PreparedStatement update = c.prepareStatement("UPDATE campaigns.applications SET state = 'withdrawn' WHERE id = ?::uuid")) {
        update.setString(1, firstApplication);
        assertThat(update.executeUpdate()).isZero();
      }
      assertThatThrownBy(() -> {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO campaigns.messages (id, tenant_id, creator_id, application_id,"
            + " sender, author, body) VALUES (gen_random_uuid(), 'acme-brands', ?::uuid, ?::uuid, 'creator', 'x', 'forged')")) {
          insert.setString(1, first.id());
          insert.setString(2, firstApplication);
          insert.executeUpdate();
        }
      }).isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
      c.rollback();
    }
  }

  @Test
  void without_any_scope_nothing_is_visible() throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      assertThat(strings(c, "SELECT id::text FROM campaigns.applications")).isEmpty();
      assertThat(strings(c, "SELECT id::text FROM campaigns.campaigns")).isEmpty();
      assertThat(strings(c, "SELECT id::text FROM events.events")).isEmpty();
    }
  }

  private Connection scopedTo(String creator) throws SQLException {
    Connection c = DriverManager.getConnection(url, user, password);
    c.setAutoCommit(false);
    try (PreparedStatement scope = c.prepareStatement("SELECT set_config('truereach.creator_id', ?, true)")) {
      scope.setString(1, creator);
      scope.execute();
    }
    return c;
  }

  private static List<String> strings(Connection c, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement statement = c.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
