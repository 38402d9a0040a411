package com.truereach.api.testsupport;

/**
 * Where the real services of a test run answer, whichever provider started them.
 *
 * @param postgresUrl JDBC URL of a database the test user may connect to (to create others)
 * @param postgresUser a role with CREATEDB
 * @param postgresPassword its password
 * @param elasticsearchUrl Elasticsearch's HTTP address
 * @param keycloakIssuer the truereach realm's issuer URL
 */
public record ServiceEndpoints(
    String postgresUrl,
    String postgresUser,
    String postgresPassword,
    String elasticsearchUrl,
    String keycloakIssuer) {}
