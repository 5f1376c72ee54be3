package org.pashm.app.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A delivery claimed from the outbox: where to, and the reminder's payload. */
/** @param language the subscriber's language for the reminder's words (a tag the app speaks, e.g. zh-Hans) */
public record Message(UUID delivery, UUID organisation, UUID reminder, String channel, String target, String secret,
                      JsonNode payload, OffsetDateTime createdAt, String language) {
}
