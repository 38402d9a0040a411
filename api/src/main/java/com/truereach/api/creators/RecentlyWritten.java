package com.truereach.api.creators;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Creators this instance has just created, kept for a moment so that the index relay, which
 * follows every write a few hundred milliseconds later, need not read back and parse the ~9 KB
 * profile it has just stored (during a bulk import that read-back was half of the relay's CPU).
 *
 * <p>An entry is only a hint: the catalogue serves it when its version is still the stored one,
 * and reads PostgreSQL otherwise (another instance's write, an entry evicted because the relay
 * fell behind, a retried batch). Entries are removed when served and the oldest are evicted past
 * the capacity, so memory stays bounded whatever the relay does.
 */
final class RecentlyWritten {

  private final int capacity;
  private final LinkedHashMap<CreatorId, Creator> entries = new LinkedHashMap<>();

  RecentlyWritten(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must not be negative: " + capacity);
    }
    this.capacity = capacity;
  }

  synchronized void remember(Collection<Creator> creators) {
    for (Creator creator : creators) {
      entries.remove(creator.id());
      entries.put(creator.id(), creator);
    }
    var oldest = entries.keySet().iterator();
    while (entries.size() > capacity) {
      oldest.next();
      oldest.remove();
    }
  }

  /** Removes and returns the entries held for these ids (whatever their version). */
  synchronized Map<CreatorId, Creator> take(Collection<CreatorId> ids) {
    if (entries.isEmpty()) {
      return Map.of();
    }
    Map<CreatorId, Creator> found = new HashMap<>();
    for (CreatorId id : ids) {
      Creator creator = entries.remove(id);
      if (creator != null) {
        found.put(id, creator);
      }
    }
    return found;
  }

  synchronized int size() {
    return entries.size();
  }
}
