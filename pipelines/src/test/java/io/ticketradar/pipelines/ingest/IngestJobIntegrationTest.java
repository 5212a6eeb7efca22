package io.ticketradar.pipelines.ingest;

import io.ticketradar.events.DeadLetter;
import io.ticketradar.events.RejectionReason;
import io.ticketradar.events.Topics;
import io.ticketradar.pipelines.Checkpoints;
import io.ticketradar.pipelines.FlinkEnvironments;
import io.ticketradar.pipelines.PipelineSettings;
import io.ticketradar.pipelines.ingest.IngestFixtures.Fixture;
import io.ticketradar.pipelines.testing.MiniClusters;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ingest job on the real stack: a Kafka broker in-process, a Flink MiniCluster and the embedded
 * warehouse. Proves that each valid event is stored once, each invalid one reaches the dead-letter
 * topic with its reason, and that a job killed and restored from its checkpoint, fed the same input
 * again, still stores each event once.
 */
@Tag("stack")
class IngestJobIntegrationTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = MiniClusters.withSlots(2);

    @RegisterExtension
    static final IngestStack STACK = new IngestStack();

    @Test
    void storesEachValidEventOnceDeadLettersTheRestAndSurvivesRestoreAndReplay() throws Exception {
        PipelineSettings settings = STACK.settings("ingest-it");
        List<Fixture> input = IngestFixtures.scenario();
        assertEquals(1000, input.size());

        STACK.produce(input);
        JobClient job = start(settings, Optional.empty());
        STACK.awaitConsumed(settings, Duration.ofMinutes(3), job);

        assertEquals(930L, STACK.count("SELECT count() AS n FROM ticket_events FINAL"));
        assertEquals(930L, STACK.count("SELECT count() AS n FROM ticket_events"), "repeats never reach the table");
        assertEquals(IngestFixtures.INVALID, deadLettersByReason());
        assertEquals(
                50L,
                STACK.count(
                        "SELECT count() AS n FROM dead_letters FINAL WHERE source_topic = ?", Topics.TICKET_EVENTS));
        assertEquals(50, dlqTopicSources());
        assertEquals(
                STACK.count("SELECT count() AS n FROM ticket_events FINAL WHERE event_type = 'TICKET_CREATED'"),
                STACK.count(
                        "SELECT count() AS n FROM ticket_events FINAL WHERE payload LIKE ?",
                        "%\"crm_extra_field\":\"kept\"%"),
                "unknown extra fields are kept in the stored payload");

        // Kill the job, restore it from its last checkpoint and replay the very same input.
        job.cancel().get(1, TimeUnit.MINUTES);
        Path checkpoint = Checkpoints.latest(settings.checkpointDir()).orElseThrow();
        STACK.produce(input);
        JobClient restored = start(settings, Optional.of(checkpoint.toUri().toString()));
        STACK.awaitConsumed(settings, Duration.ofMinutes(3), restored);
        restored.cancel().get(1, TimeUnit.MINUTES);

        assertEquals(930L, STACK.count("SELECT count() AS n FROM ticket_events FINAL"));
        assertEquals(
                930L,
                STACK.count("SELECT count() AS n FROM ticket_events"),
                "restored de-duplication state drops every replayed event before the table");
        assertEquals(100, dlqTopicSources(), "replayed invalid records are new records and are dead-lettered again");
    }

    private static JobClient start(PipelineSettings settings, Optional<String> restoreFrom) throws Exception {
        return STACK.start(settings, FlinkEnvironments.configuration(settings, restoreFrom), "ingest-it");
    }

    private static Map<RejectionReason, Integer> deadLettersByReason() {
        return STACK.query("SELECT reason, count() AS n FROM dead_letters FINAL GROUP BY reason").stream()
                .collect(Collectors.toMap(
                        r -> RejectionReason.valueOf((String) r.get("reason")), r -> ((Number) r.get("n")).intValue()));
    }

    /** The distinct source records on the dead-letter topic (a restart may repeat a dead letter). */
    private static int dlqTopicSources() throws Exception {
        Set<String> sources = new HashSet<>();
        for (DeadLetter letter : STACK.deadLetters()) {
            assertTrue(letter.detail() != null && !letter.detail().isBlank(), "every dead letter says why");
            sources.add(letter.sourceTopic() + "/" + letter.sourcePartition() + "@" + letter.sourceOffset());
        }
        return sources.size();
    }
}
