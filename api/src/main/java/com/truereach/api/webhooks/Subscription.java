package com.truereach.api.webhooks;

import com.truereach.api.events.EventType;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A tenant's webhook endpoint and the event types it wants. The secret is shown once, at creation. */
record Subscription(UUID id, String url, Set<EventType> eventTypes, String createdBy, Instant createdAt) {}
