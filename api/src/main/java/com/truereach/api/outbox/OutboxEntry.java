package com.truereach.api.outbox;

import java.util.UUID;

/** One pending change: its position in the outbox, its topic and the aggregate that changed. */
record OutboxEntry(long id, String topic, UUID aggregateId, int attempts) {}
