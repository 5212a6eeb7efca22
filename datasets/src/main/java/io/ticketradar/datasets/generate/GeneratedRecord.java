package io.ticketradar.datasets.generate;

import java.time.Instant;

/**
 * One Kafka record of a data set, in the order it enters the stream.
 *
 * @param key       ticket_id for ticket events, device_sn for repair events (DOMAIN.md §3)
 * @param value     the record's bytes: a UTF-8 JSON event, or a deliberately bad record
 * @param eventTime the event's {@code ts}; null when the record has none that can be read
 * @param publishAt when the record reaches Kafka: the event time, later for late events and redeliveries.
 *                  Records are ordered by it, and the replayer paces by it.
 */
public record GeneratedRecord(String topic, String key, byte[] value, Instant eventTime, Instant publishAt) {}
