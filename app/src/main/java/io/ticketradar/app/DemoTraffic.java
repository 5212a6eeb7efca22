package io.ticketradar.app;

import io.ticketradar.datasets.generate.DataGenerator;
import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.datasets.generate.GeneratorSettings;
import io.ticketradar.datasets.progress.ProgressMeter;
import io.ticketradar.datasets.replay.Pacing;
import io.ticketradar.datasets.replay.Replayer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The demo's live traffic: the generator's endless stream for the demo tenants, replayed as fast as
 * possible up to now (so day-level screens have weeks of history) and then in real time.
 */
final class DemoTraffic implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoTraffic.class);
    /** Fixed, so that a restarted demo regenerates the same history and de-duplication absorbs it. */
    private static final long SEED = 20_260_105L;

    private final Thread thread;
    /** Counted down to stop: waits between records end early and the stream ends, so the producer closes cleanly. */
    private final CountDownLatch stop;

    private DemoTraffic(Thread thread, CountDownLatch stop) {
        this.thread = thread;
        this.stop = stop;
    }

    static DemoTraffic start(String bootstrapServers, PrintStream progressOut) {
        GeneratorSettings settings = GeneratorSettings.demo(Clock.systemUTC(), SEED);
        CountDownLatch stop = new CountDownLatch(1);
        Pacing pacing = Pacing.catchUpThenRealTime(
                Clock.systemUTC(), wait -> stop.await(wait.toMillis(), TimeUnit.MILLISECONDS));
        Iterator<GeneratedRecord> generated = new DataGenerator(settings).records();
        Iterator<GeneratedRecord> untilStopped = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return stop.getCount() > 0 && generated.hasNext();
            }

            @Override
            public GeneratedRecord next() {
                return generated.next();
            }
        };
        Thread thread = Thread.ofPlatform().name("demo-traffic").daemon().unstarted(() -> {
            try (Replayer replayer = new Replayer(bootstrapServers)) {
                ProgressMeter progress = new ProgressMeter(
                        progressOut, ProgressMeter.Style.LINES, "events", Duration.ofMinutes(1), System::nanoTime);
                replayer.replay(untilStopped, pacing, progress, -1, null, settings.zone());
            } catch (RuntimeException e) {
                LOG.error("demo traffic stopped: {}", e.getMessage(), e);
            }
        });
        thread.start();
        LOG.info("demo traffic for {} from {} on, then live", settings.tenantIds(), settings.start());
        return new DemoTraffic(thread, stop);
    }

    @Override
    public void close() {
        stop.countDown();
        try {
            thread.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
