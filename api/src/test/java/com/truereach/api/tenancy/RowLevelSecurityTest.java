package com.truereach.api.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.truereach.api.audit.AuditAction;
import com.truereach.api.audit.AuditLog;
import com.truereach.api.testsupport.IntegrationTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import io.micronaut.context.annotation.Value;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Row-level security as the second wall: queries that forget the tenant filter entirely still see
 * only the scoped tenant's rows, and nothing at all without a tenant. These tests use their own
 * JDBC connection, bypassing every application check.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowLevelSecurityTest implements IntegrationTest {

  @Inject AuditLog audit;
  @Value("${datasources.default.url}") String url;
  @Value("${datasources.default.username}") String user;
  @Value("${datasources.default.password}") String password;

  @BeforeAll
  void twoTenantsHaveAuditEvents() {
    audit.record(new TenantId("tenant-a"), "user:a", AuditAction.CLIENT_CREATED, "a-client", Map.of());
    audit.record(new TenantId("tenant-b"), "user:b", AuditAction.CLIENT_CREATED, "b-client", Map.of());
  }

  @Test
  void an_unfiltered_query_scoped_to_one_tenant_sees_only_its_rows() throws SQLException {
    try (Connection connection = java.sql.DriverManager.getConnection(url, user, password)) {
      connection.setAutoCommit(false);
      scope(connection, "tenant-a");
      assertThat(targets(connection)).containsExactly("a-client");
      connection.rollback();
    }
  }

  @Test
  void an_unfiltered_query_without_a_tenant_sees_nothing() throws SQLException {
    try (Connection connection = java.sql.DriverManager.getConnection(url, user, password)) {
      assertThat(targets(connection)).isEmpty();
    }
  }

  @Test
  void a_write_for_another_tenant_is_refused_by_the_database() throws SQLException {
    try (Connection connection = java.sql.DriverManager.getConnection(url, user, password)) {
      connection.setAutoCommit(false);
      scope(connection, "tenant-a");
      assertThatThrownBy(() -> {
        try (Statement statement = connection.createStatement()) {
          statement.executeUpdate("INSERT INTO tenancy.audit_events (tenant_id, actor, action) VALUES ('tenant-b', 'x', 'y')");
        }
      }).isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
      connection.rollback();
    }
  }

  private static void scope(Connection connection, String tenant) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SELECT set_config('truereach.tenant_id', '" + tenant + "', true)");
    }
  }

  private static java.util.List<String> targets(Connection connection) throws SQLException {
    java.util.List<String> targets = new java.util.ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT target FROM tenancy.audit_events")) {
      while (rows.next()) {
        targets.add(rows.getString(1));
      }
    }
    return targets;
  }
}
