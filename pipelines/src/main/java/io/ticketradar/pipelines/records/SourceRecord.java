package io.ticketradar.pipelines.records;

/**
 * A Kafka record as it came off the wire, before any parsing, with the coordinates a dead letter
 * needs to point back at it.
 */
public record SourceRecord(String topic, int partition, long offset, byte[] value) {

    /** Where the record came from, for logs and errors: {@code ticket-events/2@1734}. */
    public String coordinates() {
        return topic + "/" + partition + "@" + offset;
    }
}
