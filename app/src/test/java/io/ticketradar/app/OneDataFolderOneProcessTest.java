package io.ticketradar.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A second stack on a data folder in use, or on a port in use, stops at once with one line saying why, before it
 * starts or writes anything; the folder is free again once its holder is gone, even killed.
 */
class OneDataFolderOneProcessTest {

    @TempDir
    Path dataDir;

    private final Console console = new Console();

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aDemoOnAFolderAnotherProcessHoldsExitsWithOneLineNamingIt() throws Exception {
        Process holder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        DataFolderHolder.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader said =
                    new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("held", said.readLine());

            assertEquals(2, console.run("demo", "--data-dir", dataDir.toString(), "--port", "0"));
            List<String> lines = console.err().lines().toList();
            assertEquals(1, lines.size(), console.err());
            assertTrue(
                    lines.getFirst()
                            .startsWith("ticketradar: the data folder " + dataDir.toAbsolutePath()
                                    + " is in use by process " + holder.pid() + " (since "),
                    lines.getFirst());
            assertTrue(lines.getFirst().endsWith("stop that one first, or pass another --data-dir"), lines.getFirst());
            assertFalse(Files.exists(dataDir.resolve("tokens")), "the running one's tokens stay as they are");
            assertFalse(Files.exists(dataDir.resolve(TicketRadarStack.STACK_FILE)));
        } finally {
            holder.destroyForcibly().waitFor();
        }
        try (DataFolderLock free = DataFolderLock.acquire(dataDir)) {
            assertTrue(Files.readString(dataDir.resolve(DataFolderLock.FILE))
                    .startsWith("process " + ProcessHandle.current().pid() + " "));
        }
    }

    @Test
    void aFolderIsHeldOnceWithinAProcessTooAndFreeAgainAfterClose() throws Exception {
        try (DataFolderLock held = DataFolderLock.acquire(dataDir)) {
            ConfigException second = assertThrows(ConfigException.class, () -> DataFolderLock.acquire(dataDir));
            assertTrue(
                    second.getMessage()
                            .contains("in use by process "
                                    + ProcessHandle.current().pid()),
                    second.getMessage());
        }
        DataFolderLock.acquire(dataDir).close();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aPortInUseIsOneLineBeforeAnythingStartsAndLeavesTheFolderFree() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertEquals(2, console.run("demo", "--data-dir", dataDir.toString(), "--port", String.valueOf(port)));
            List<String> lines = console.err().lines().toList();
            assertEquals(1, lines.size(), console.err());
            assertTrue(
                    lines.getFirst()
                            .startsWith("ticketradar: port " + port + " on 127.0.0.1 is in use by another program"),
                    lines.getFirst());
            assertTrue(lines.getFirst().endsWith("stop it, or pass another --port"), lines.getFirst());
        }
        assertFalse(Files.exists(dataDir.resolve("kafka")), "no broker started");
        assertFalse(Files.exists(dataDir.resolve("tokens")));
        DataFolderLock.acquire(dataDir).close();
    }
}
