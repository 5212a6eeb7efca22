package io.ticketradar.pipelines.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.events.DeadLetter;
import io.ticketradar.events.EventCodec;
import io.ticketradar.pipelines.FlinkEnvironments;
import io.ticketradar.pipelines.PipelineSettings;
import io.ticketradar.pipelines.ingest.IngestFixtures.Fixture;
import io.ticketradar.pipelines.testing.MiniClusters;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad-input corpus ({@link BadInput}) through the running jobs on the real stack, interleaved with valid events,
 * hostile-but-valid ones ({@link HostileText}) and an event of a tenant no setting names: every bad record lands in the
 * dead letters, topic and table, with its reason and source offset; every valid event is stored once and verbatim;
 * and the job never restarts (it runs without restarts, so one failure would end it).
 */
@Tag("stack")
class BadInputIntegrationTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = MiniClusters.withSlots(2);

    /** No setting, tenants file or registry names it: the pipeline has no list of tenants to check against. */
    private static final String UNCONFIGURED_TENANT = "tenant-nobody-configured";

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final IngestStack STACK = new IngestStack();

    @Test
    void deadLettersEveryBadRecordWithItsReasonAndStoresEveryValidEventOnceWithoutARestart() throws Exception {
        List<Fixture> valid = new ArrayList<>(IngestFixtures.valid(300));
        HostileText.events().forEach(e -> valid.add(IngestFixtures.fixture(e)));
        valid.add(IngestFixtures.fixture(
                IngestFixtures.created(UNCONFIGURED_TENANT, "T-unconfigured", "e-unconfigured", BadInput.TS)));
        valid.add(IngestFixtures.fixture(ofTheLargestSize()));
        List<Sent> input = new ArrayList<>();
        valid.forEach(f -> input.add(new Sent(f, null)));
        for (BadInput kind : BadInput.values()) {
            input.add(new Sent(kind.record(0), kind));
            input.add(new Sent(kind.record(1), kind));
        }
        Collections.shuffle(input, new Random(11));

        List<RecordMetadata> landed =
                STACK.produce(input.stream().map(Sent::fixture).toList());
        Map<String, BadInput> badAt = new TreeMap<>();
        for (int i = 0; i < input.size(); i++) {
            if (input.get(i).kind() != null) {
                badAt.put(coordinates(landed.get(i)), input.get(i).kind());
            }
        }

        PipelineSettings settings = STACK.settings("bad-input-it");
        Configuration conf = FlinkEnvironments.configuration(settings, Optional.empty());
        // Without restarts, a record that fails a task ends the job, and the wait below fails with the cause.
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
        JobClient job = STACK.start(settings, conf, "bad-input-it");
        STACK.awaitConsumed(settings, Duration.ofMinutes(4), job);
        IngestStack.assertStillRunning(job);

        assertDeadLettersInTheTable(badAt);
        assertEachValidEventStoredOnceVerbatim(valid);
        assertEquals(
                1L,
                STACK.count("SELECT count() AS n FROM ticket_events WHERE tenant_id = ?", UNCONFIGURED_TENANT),
                "an event of a tenant nobody configured is stored under its own tenant");
        assertDeadLettersOnTheTopic(badAt);

        IngestStack.assertStillRunning(job);
        job.cancel().get(1, TimeUnit.MINUTES);
    }

    private static void assertDeadLettersOnTheTopic(Map<String, BadInput> badAt) throws Exception {
        Map<String, DeadLetter> letters = new TreeMap<>();
        // The offsets were committed after the sink flushed, so all should be there; a little grace tells a late
        // dead letter from a lost one. At least once: a dead letter may repeat, never differ.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        do {
            STACK.deadLetters().forEach(letter -> letters.put(coordinates(letter), letter));
        } while (!letters.keySet().containsAll(badAt.keySet()) && System.nanoTime() < deadline);
        Map<String, BadInput> missing = new TreeMap<>(badAt);
        missing.keySet().removeAll(letters.keySet());
        assertEquals(Map.of(), missing, "bad records missing from the dead-letter topic");
        assertEquals(badAt.keySet(), letters.keySet(), "the dead-letter topic holds the bad records, and only those");
        assertAll(badAt.entrySet().stream().map(expected -> () -> {
            DeadLetter letter = letters.get(expected.getKey());
            BadInput kind = expected.getValue();
            assertEquals(kind.reason, letter.reason(), kind + ": " + letter.detail());
            assertTrue(letter.detail().contains(kind.detail), kind + ": " + letter.detail());
        }));
    }

    private static void assertDeadLettersInTheTable(Map<String, BadInput> badAt) {
        Map<String, String> rows =
                STACK
                        .query("SELECT source_topic, source_partition, source_offset, reason FROM dead_letters FINAL")
                        .stream()
                        .collect(Collectors.toMap(
                                r -> r.get("source_topic") + "/" + r.get("source_partition") + "@"
                                        + r.get("source_offset"),
                                r -> (String) r.get("reason")));
        Map<String, String> expected = badAt.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, e -> e.getValue().reason.name()));
        assertEquals(new TreeMap<>(expected), new TreeMap<>(rows));
    }

    /** Counted without FINAL: a row stored twice and merged later would still be a bug. */
    private static void assertEachValidEventStoredOnceVerbatim(List<Fixture> valid) throws IOException {
        Map<String, String> sent = new TreeMap<>();
        for (Fixture f : valid) {
            JsonNode e = JSON.readTree(f.value());
            sent.put(
                    key(e.get("tenant_id").asText(), e.get("event_id").asText()),
                    new String(f.value(), StandardCharsets.UTF_8));
        }
        Map<String, List<String>> stored =
                STACK.query("SELECT tenant_id, event_id, payload FROM ticket_events").stream()
                        .collect(Collectors.groupingBy(
                                r -> key((String) r.get("tenant_id"), (String) r.get("event_id")),
                                TreeMap::new,
                                Collectors.mapping(r -> (String) r.get("payload"), Collectors.toList())));
        assertEquals(sent.keySet(), stored.keySet(), "every valid event is stored, and nothing else");
        assertAll(sent.entrySet().stream().map(e -> () -> {
            List<String> payloads = stored.get(e.getKey());
            assertNotNull(payloads, e.getKey());
            assertEquals(List.of(e.getValue()), payloads, "stored once and verbatim: " + e.getKey());
        }));
    }

    /** A valid event of exactly {@link EventCodec#MAX_RECORD_BYTES}: it passes, through every job and into the tables. */
    private static ObjectNode ofTheLargestSize() {
        ObjectNode e = IngestFixtures.created("tenant-b", "T-largest", "e-largest", BadInput.TS)
                .put("description", "");
        int padding = EventCodec.MAX_RECORD_BYTES - e.toString().getBytes(StandardCharsets.UTF_8).length;
        return e.put("description", "充".repeat(padding / 3) + "x".repeat(padding % 3));
    }

    private static String key(String tenant, String eventId) {
        // No id holds a line break (the codec refuses control characters in ids).
        return tenant + "\n" + eventId;
    }

    private static String coordinates(RecordMetadata r) {
        return r.topic() + "/" + r.partition() + "@" + r.offset();
    }

    private static String coordinates(DeadLetter letter) {
        return letter.sourceTopic() + "/" + letter.sourcePartition() + "@" + letter.sourceOffset();
    }

    /** A record as sent, with the kind of bad input it is, or null for a valid event. */
    private record Sent(Fixture fixture, BadInput kind) {}
}
