package io.ticketradar.api;

import io.ticketradar.broker.EmbeddedKafka;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** A real in-process Kafka broker with the topics a test names, and a publisher onto it, for API tests that publish. */
final class TestKafka implements AutoCloseable {

    private final EmbeddedKafka broker;
    final KafkaEventPublisher publisher;

    private TestKafka(EmbeddedKafka broker) {
        this.broker = broker;
        this.publisher = new KafkaEventPublisher(broker.bootstrapServers(), Duration.ofSeconds(15));
    }

    /** @param partitionsByTopic the topics to create, with their partition counts */
    static TestKafka start(Path logDir, Map<String, Integer> partitionsByTopic) {
        EmbeddedKafka broker = EmbeddedKafka.start(logDir);
        try {
            broker.createTopics(partitionsByTopic);
            return new TestKafka(broker);
        } catch (RuntimeException e) {
            broker.close(); // the test's @AfterAll never sees a broker that is not returned
            throw e;
        }
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** Closes what uses the broker (those that were started), in the order given, then the publisher and broker. */
    void closeAfter(AutoCloseable... users) throws Exception {
        for (AutoCloseable user : users) {
            if (user != null) {
                user.close();
            }
        }
        close();
    }

    @Override
    public void close() {
        publisher.close();
        broker.close();
    }
}
