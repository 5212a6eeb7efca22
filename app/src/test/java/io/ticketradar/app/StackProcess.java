package io.ticketradar.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * {@code ticketradar run} in a process of its own, as a user starts it, so that a test can kill it with SIGKILL (the
 * broker, the jobs and the embedded warehouse at once) and start it again on the same data folder. Its output goes to
 * a log file in the data folder's parent.
 */
final class StackProcess implements AutoCloseable {

    private final Process process;
    private final Path dataDir;

    private StackProcess(Process process, Path dataDir) {
        this.process = process;
        this.dataDir = dataDir;
    }

    /** Starts the stack on {@code dataDir} with {@code flags} and waits until it answers. */
    static StackProcess start(Path dataDir, Duration up, String... flags) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // the module openings Flink and the engine need, as this JVM got them
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("--enable-native-access"))
                .forEach(command::add);
        command.addAll(List.of("-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of("run", "--data-dir", dataDir.toString(), "--port", "0"));
        command.addAll(List.of(flags));
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        StackProcess stack = new StackProcess(process, dataDir);
        stack.awaitUp(up, log);
        return stack;
    }

    /** The API's address, from the stack file the process writes once everything runs. */
    String apiUrl() {
        return stackFile().orElseThrow().getProperty("api.url");
    }

    /** SIGKILL: no shutdown hook, no final checkpoint, files as the kernel has them. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Ctrl-C: the stack stops what it started. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private void awaitUp(Duration up, Path log) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + up.toNanos();
        while (stackFile()
                .filter(p -> p.getProperty("pid").equals(String.valueOf(process.pid())))
                .isEmpty()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("the stack on " + dataDir + " did not come up; its log ends:\n"
                        + String.join("\n", tail(Files.readAllLines(log), 30)));
            }
            Thread.sleep(200);
        }
    }

    private Optional<Properties> stackFile() {
        Path file = dataDir.resolve(TicketRadarStack.STACK_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Properties p = PropertiesFiles.read(file, "stack file");
            // a file still being written, or left by a killed process, names no pid or another one
            return p.getProperty("pid") == null || p.getProperty("api.url") == null ? Optional.empty() : Optional.of(p);
        } catch (ConfigException e) {
            return Optional.empty(); // gone between the check and the read
        }
    }

    private static List<String> tail(List<String> lines, int n) {
        return lines.subList(Math.max(0, lines.size() - n), lines.size());
    }
}
