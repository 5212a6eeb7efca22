package io.ticketradar.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the stack tests start the stack: in their own data folder, on any free port, checkpointing every second, with
 * partitions that get no records idle after 10 s rather than a minute (the tests start on empty topics and would each
 * wait a minute for event time; {@code DemoStack} does the same, {@code CrashRecoveryTest} runs with the default).
 */
final class TestStackConfig {

    /** How long a started stack may take to answer healthy. */
    static final Duration STACK_UP = Duration.ofSeconds(90);

    private TestStackConfig() {}

    /** @param more further flags, e.g. {@code --tenants-file F} */
    static TicketRadarConfig of(Path dataDir, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--data-dir",
                dataDir.toString(),
                "--port",
                "0",
                "--checkpoint-seconds",
                "1",
                "--source-idleness-seconds",
                "10"));
        args.addAll(List.of(more));
        return TicketRadarConfig.load(args, Map.of());
    }
}
