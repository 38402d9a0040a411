package com.truereach.api.search;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When this version of the code brings a newer index mapping than the live index has, rebuilds
 * the index in the background at start-up: searches keep using the old index until the alias
 * swap, and the outbox retries what the old mapping refuses until then.
 */
@Singleton
@Requires(property = "truereach.search.upgrade-on-start", notEquals = "false")
class MappingUpgrade {

  private static final Logger LOG = LoggerFactory.getLogger(MappingUpgrade.class);

  private final CreatorIndex index;
  private final IndexMaintenance maintenance;

  MappingUpgrade(CreatorIndex index, IndexMaintenance maintenance) {
    this.index = index;
    this.maintenance = maintenance;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    if (!index.outdated()) {
      return;
    }
    Thread rebuild = new Thread(() -> {
      LOG.warn("The creators index has an older mapping than this version; rebuilding it from PostgreSQL");
      try {
        maintenance.rebuild();
      } catch (Exception e) {
        LOG.error("Rebuilding the creators index failed; run infra/index.sh rebuild", e);
      }
    }, "index-mapping-upgrade");
    rebuild.setDaemon(true);
    rebuild.start();
  }
}
