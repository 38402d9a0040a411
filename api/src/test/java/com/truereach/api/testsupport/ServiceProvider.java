package com.truereach.api.testsupport;

/** Something that can bring up PostgreSQL, Elasticsearch and Keycloak for tests. */
interface ServiceProvider {

  String name();

  ServiceEndpoints start();
}
