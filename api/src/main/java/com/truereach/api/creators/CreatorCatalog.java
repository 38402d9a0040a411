package com.truereach.api.creators;

import com.truereach.api.outbox.Outbox;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The creator catalogue: the one way other features read and write creators. A write stores the
 * creator and an outbox entry in the same transaction, so the search index follows the database
 * without a dual write.
 */
@Singleton
public class CreatorCatalog {

  public static final String CREATOR_CHANGED = "creator.changed";

  private final CreatorRows rows;
  private final Outbox outbox;

  CreatorCatalog(CreatorRows rows, Outbox outbox) {
    this.rows = rows;
    this.outbox = outbox;
  }

  @Transactional
  public Creator register(NewCreator creator) {
    return insert(creator, null);
  }

  /** A creator's own profile, created when they sign up. */
  @Transactional
  public Creator registerOwnedBy(String ownerSubject, NewCreator creator) {
    return insert(creator, ownerSubject);
  }

  private Creator insert(NewCreator creator, String ownerSubject) {
    if (creator.externalId().isPresent() && rows.existsByExternalId(creator.externalId().get())) {
      throw new ProblemException(
          ProblemType.CONFLICT, "A creator with externalId '" + creator.externalId().get() + "' already exists");
    }
    CreatorId id = CreatorId.random();
    CreatorRow saved = rows.save(CreatorRow.from(id, creator, ownerSubject));
    outbox.append(CREATOR_CHANGED, id.value());
    return saved.toCreator();
  }

  @Transactional(readOnly = true)
  public Optional<Creator> find(CreatorId id) {
    return rows.findById(id.value()).map(CreatorRow::toCreator);
  }

  @Transactional(readOnly = true)
  public List<Creator> findAll(Collection<CreatorId> ids) {
    return rows.findByIdIn(ids.stream().map(CreatorId::value).toList()).stream()
        .map(CreatorRow::toCreator)
        .toList();
  }
}
