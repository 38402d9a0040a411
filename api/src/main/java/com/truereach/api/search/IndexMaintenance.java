package com.truereach.api.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.truereach.api.creators.Creator;
import com.truereach.api.creators.CreatorCatalog;
import com.truereach.api.creators.CreatorId;
import com.truereach.api.scoring.CreatorScores;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the index from PostgreSQL with no downtime, and checks that index and database agree.
 *
 * <p>A rebuild fills a new index while searches and the outbox keep using the current one, swaps
 * the alias in one atomic step, then re-indexes creators changed since the rebuild began, so
 * nothing written meanwhile is lost.
 */
@Singleton
public class IndexMaintenance {

  private static final Logger LOG = LoggerFactory.getLogger(IndexMaintenance.class);
  private static final int PAGE = 1000;

  private final CreatorCatalog catalog;
  private final CreatorIndex index;
  private final CreatorScores scores;

  IndexMaintenance(CreatorCatalog catalog, CreatorIndex index, CreatorScores scores) {
    this.catalog = catalog;
    this.index = index;
    this.scores = scores;
  }

  public RebuildReport rebuild() throws IOException {
    Instant started = Instant.now();
    String fresh = index.createIndex();
    long indexed = 0;
    Optional<CreatorId> after = Optional.empty();
    List<CreatorId> page;
    do {
      page = catalog.idsAfter(after, PAGE);
      List<Creator> creators = catalog.findAll(page);
      index.writeTo(fresh, creators.stream().map(c -> CreatorDocument.of(c, scores)).toList());
      indexed += creators.size();
      after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1));
    } while (page.size() == PAGE);
    index.client().indices().refresh(r -> r.index(fresh));
    index.swapTo(fresh);
    List<CreatorId> changed = catalog.changedSince(started.minusSeconds(5));
    for (int i = 0; i < changed.size(); i += PAGE) {
      List<Creator> creators = catalog.findAll(changed.subList(i, Math.min(changed.size(), i + PAGE)));
      index.apply(creators.stream().map(c -> CreatorDocument.of(c, scores)).toList(), List.of());
    }
    LOG.info("Rebuilt {} from PostgreSQL: {} creators, {} caught up after the swap", fresh, indexed, changed.size());
    return new RebuildReport(fresh, indexed, changed.size());
  }

  /** Walks database and index in id order side by side and lists every difference. */
  public ConsistencyReport check() throws IOException {
    List<String> missing = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    List<String> stale = new ArrayList<>();
    long database = 0;
    long indexed = 0;
    IdPages db = new IdPages();
    IndexPages es = new IndexPages();
    Map.Entry<String, Long> d = db.next();
    Map.Entry<String, Long> e = es.next();
    while (d != null || e != null) {
      int order = d == null ? 1 : e == null ? -1 : d.getKey().compareTo(e.getKey());
      if (order < 0) {
        add(missing, d.getKey());
        database++;
        d = db.next();
      } else if (order > 0) {
        add(extra, e.getKey());
        indexed++;
        e = es.next();
      } else {
        if (!d.getValue().equals(e.getValue())) {
          add(stale, d.getKey());
        }
        database++;
        indexed++;
        d = db.next();
        e = es.next();
      }
    }
    return new ConsistencyReport(database, indexed, missing, extra, stale);
  }

  private static void add(List<String> list, String id) {
    if (list.size() < 1000) {
      list.add(id);
    }
  }

  /** The database's ids and versions, in id order. */
  private final class IdPages {
    private List<Map.Entry<CreatorId, Long>> page = List.of();
    private int position;
    private boolean done;

    Map.Entry<String, Long> next() {
      if (position == page.size()) {
        if (done) {
          return null;
        }
        Optional<CreatorId> after = page.isEmpty() ? Optional.empty() : Optional.of(page.get(page.size() - 1).getKey());
        page = catalog.versionsAfter(after, PAGE);
        position = 0;
        done = page.size() < PAGE;
        if (page.isEmpty()) {
          return null;
        }
      }
      Map.Entry<CreatorId, Long> entry = page.get(position++);
      return Map.entry(entry.getKey().toString(), entry.getValue());
    }
  }

  /** The index's ids and versions, in id order (search_after over the id keyword). */
  private final class IndexPages {
    private List<Hit<CreatorDocument>> page = List.of();
    private int position;
    private boolean done;

    Map.Entry<String, Long> next() throws IOException {
      if (position == page.size()) {
        if (done) {
          return null;
        }
        Optional<String> after = page.isEmpty() ? Optional.empty() : Optional.of(page.get(page.size() - 1).id());
        SearchResponse<CreatorDocument> response = index.client().search(s -> {
          s.index(index.alias()).size(PAGE).sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))
              .source(src -> src.filter(f -> f.includes("id", "version")));
          after.ifPresent(id -> s.searchAfter(FieldValue.of(id)));
          return s;
        }, CreatorDocument.class);
        page = response.hits().hits();
        position = 0;
        done = page.size() < PAGE;
        if (page.isEmpty()) {
          return null;
        }
      }
      Hit<CreatorDocument> hit = page.get(position++);
      return Map.entry(hit.id(), hit.source().version() == null ? -1L : hit.source().version());
    }
  }

  public record RebuildReport(String index, long indexed, long caughtUp) {}

  /** Differences between database and index; each list shows at most 1,000 ids. */
  public record ConsistencyReport(long inDatabase, long inIndex, List<String> missingFromIndex, List<String> notInDatabase,
      List<String> staleInIndex) {
    public boolean consistent() {
      return missingFromIndex.isEmpty() && notInDatabase.isEmpty() && staleInIndex.isEmpty();
    }
  }
}
