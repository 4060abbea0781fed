package org.yjhub.common.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * The value of every record on a YJ Hub topic: event-carried state transfer. {@code data} is the aggregate's full
 * new state; {@code version} rises by one with each change of the aggregate, so a consumer applies an event only
 * when its version is newer than the one it holds. The same attributes travel as CloudEvents headers
 * ({@code ce_id}, {@code ce_type}, {@code ce_subject}, {@code ce_time}); the record key is {@code aggregateId}.
 */
public record EventEnvelope(String id, String type, String source, String aggregateType, String aggregateId,
                            long version, Instant time, JsonNode data) {
}
