package com.truereach.api.events;

import io.micronaut.json.tree.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * One stored event: {@code seq} orders events (and is the cursor), {@code id} is stable for
 * receivers to de-duplicate on, {@code data} is the {@link EventData} as written.
 */
public record Event(long seq, UUID id, EventType type, JsonNode data, Instant occurredAt) {}
