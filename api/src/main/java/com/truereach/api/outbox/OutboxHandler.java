package com.truereach.api.outbox;

import java.util.List;
import java.util.UUID;

/**
 * Publishes the changes of one topic (for example, indexes changed creators). Must be idempotent:
 * an entry is handed over again when a previous attempt failed or the process died mid-way.
 */
public interface OutboxHandler {

  String topic();

  void handle(List<UUID> aggregateIds) throws Exception;
}
