package com.truereach.api.creators;

import com.truereach.api.creators.profile.CreatorProfile;
import com.truereach.api.outbox.Outbox;
import com.truereach.api.problem.ProblemException;
import com.truereach.api.problem.ProblemType;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The creator catalogue: the one way other features read and write creators. Every write stores
 * the creators and their outbox entries in one transaction, so the search index follows the
 * database without a dual write.
 */
@Singleton
public class CreatorCatalog {

  public static final String CREATOR_CHANGED = "creator.changed";

  /**
   * Imports wait while more than 1,000 entries wait for the relay (truereach.outbox.backlog-limit)
   * and write 500 at a time: what the relay has yet to publish fits, with room to spare.
   * About 16 KB of heap per creator.
   */
  private static final int RECENTLY_WRITTEN = 2_000;

  private final TransactionOperations<Connection> transactions;
  private final CreatorStore store;
  private final Outbox outbox;
  private final RecentlyWritten recentlyWritten = new RecentlyWritten(RECENTLY_WRITTEN);

  CreatorCatalog(TransactionOperations<Connection> transactions, Outbox outbox, Clock clock) {
    this.transactions = transactions;
    this.outbox = outbox;
    this.store = new CreatorStore(clock);
  }

  /** Creates or updates creators by their source's external ids, all or none. */
  public List<UpsertOutcome> upsertAll(String source, List<CreatorProfile> profiles) {
    if (profiles.isEmpty()) {
      return List.of();
    }
    List<Creator> committed = new ArrayList<>();
    List<UpsertOutcome> result = transactions.executeWrite(status -> run(connection -> {
      List<UpsertOutcome> outcomes = store.upsert(connection, source, profiles);
      outbox.appendAll(CREATOR_CHANGED, outcomes.stream().map(o -> o.id().value()).toList());
      if (status.isNewTransaction()) {
        // Inside a caller's transaction nothing is committed yet when this returns: keep nothing.
        committed.addAll(store.created(connection, source, profiles, outcomes));
      }
      return outcomes;
    }, status.getConnection()));
    recentlyWritten.remember(committed);
    return result;
  }

  public UpsertOutcome upsert(String source, CreatorProfile profile) {
    return upsertAll(source, List.of(profile)).get(0);
  }

  /** A creator's own profile, created when they sign up. */
  public CreatorId registerOwnedBy(String ownerSubject, CreatorProfile profile) {
    return write(connection -> {
      CreatorId id = store.insert(connection, Optional.of(ownerSubject), profile);
      outbox.appendAll(CREATOR_CHANGED, List.of(id.value()));
      return id;
    });
  }

  /** Replaces a profile if nobody changed it since {@code expectedVersion}. */
  public Creator update(CreatorId id, CreatorProfile profile, long expectedVersion) {
    return write(connection -> {
      if (store.find(connection, id).isEmpty()) {
        throw ProblemException.notFound("Creator " + id);
      }
      if (!store.update(connection, id, profile, expectedVersion)) {
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
            "The creator changed since version " + expectedVersion + "; read it again and reapply your change.");
      }
      outbox.appendAll(CREATOR_CHANGED, List.of(id.value()));
      return store.find(connection, id).orElseThrow();
    });
  }

  public Optional<Creator> find(CreatorId id) {
    return read(connection -> store.find(connection, id));
  }

  public List<Creator> findAll(Collection<CreatorId> ids) {
    return ids.isEmpty() ? List.of() : read(connection -> store.findAll(connection, ids));
  }

  /**
   * The current state of creators the outbox announced as changed (those deleted since are
   * absent), for the index relay. Creators this instance has just created are served from memory
   * when their stored version is still the one written; the others are read.
   */
  public List<Creator> findChanged(Collection<CreatorId> ids) {
    Map<CreatorId, Creator> recent = recentlyWritten.take(ids);
    if (recent.isEmpty()) {
      return findAll(ids);
    }
    return read(connection -> {
      Map<CreatorId, Long> versions = store.versions(connection, ids);
      List<Creator> found = new ArrayList<>(ids.size());
      List<CreatorId> toRead = new ArrayList<>();
      for (CreatorId id : versions.keySet()) {
        Creator held = recent.get(id);
        if (held != null && held.version() == versions.get(id)) {
          found.add(held);
        } else {
          toRead.add(id);
        }
      }
      if (!toRead.isEmpty()) {
        found.addAll(store.findAll(connection, toRead));
      }
      return found;
    });
  }

  public Optional<CreatorId> ownedBy(String subject) {
    return read(connection -> store.findByOwner(connection, subject));
  }

  /** How many just-created creators are held for the relay (for tests). */
  int heldInMemory() {
    return recentlyWritten.size();
  }

  /** Creator ids in key order, a page at a time, for full rebuilds and checks. */
  public List<CreatorId> idsAfter(Optional<CreatorId> after, int limit) {
    return read(connection -> store.idsAfter(connection, after, limit));
  }

  /** Creators changed at or after a moment (a rebuild catches up with them after its swap). */
  public List<CreatorId> changedSince(java.time.Instant since) {
    return read(connection -> store.changedSince(connection, since));
  }

  /** Ids and versions in id order, a page at a time. */
  public List<java.util.Map.Entry<CreatorId, Long>> versionsAfter(Optional<CreatorId> after, int limit) {
    return read(connection -> store.versionsAfter(connection, after, limit));
  }

  private <T> T write(SqlWork<T> work) {
    return transactions.executeWrite(status -> run(work, status.getConnection()));
  }

  private <T> T read(SqlWork<T> work) {
    return transactions.execute(TransactionDefinition.READ_ONLY, status -> run(work, status.getConnection()));
  }

  private static <T> T run(SqlWork<T> work, Connection connection) {
    try {
      return work.apply(connection);
    } catch (SQLException e) {
      throw new CatalogWriteException(e);
    }
  }

  @FunctionalInterface
  private interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
  }

  /** The database refused a write the validation let through (for example a concurrent upsert). */
  public static final class CatalogWriteException extends RuntimeException {
    CatalogWriteException(SQLException cause) {
      super("catalog write failed (" + cause.getSQLState() + ")", cause);
    }
  }
}
