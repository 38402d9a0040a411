package com.truereach.api.creators;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CreatorRows extends CrudRepository<CreatorRow, UUID> {

  boolean existsByExternalId(String externalId);

  List<CreatorRow> findByIdIn(Collection<UUID> ids);
}
