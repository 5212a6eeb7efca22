package io.ticketradar.warehouse.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

/**
 * Points the process's standard input (fd 0) at /dev/null before the engine starts. chDB is
 * clickhouse-local inside: when fd 0 is a pipe, an INSERT also reads it as data for the table, so
 * whatever arrives there (a test runner's command channel, a piped shell) corrupts or fails inserts
 * ("data for INSERT was parsed from stdin", "both inlined and external data"). TicketRadar never
 * reads standard input in a process that embeds the engine.
 */
final class ProcessStdin {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessStdin.class);
    private static final int O_RDONLY = 0;
    private static final int STDIN = 0;

    private ProcessStdin() {}

    /** What fd 0 is ({@code pipe:[123]}, {@code /dev/pts/0}, {@code socket:[456]}, a file path), or "unknown". */
    private static String describeStdin() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "unknown"; // no /proc (macOS): leave fd 0 alone
        }
    }

    static void detach() {
        String stdin = describeStdin();
        // Only a pipe or a file is read as INSERT data. A terminal is not; and when fd 0 was closed and
        // reused (a socket, an epoll instance), it is no longer standard input and must not be touched.
        if (!stdin.startsWith("pipe:") && !(stdin.startsWith("/") && !stdin.startsWith("/dev/"))) {
            LOG.debug("standard input is {}: left as it is", stdin);
            return;
        }
        Linker linker = Linker.nativeLinker();
        var libc = linker.defaultLookup();
        MethodHandle open = linker.downcallHandle(
                libc.find("open").orElseThrow(), FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        MethodHandle dup2 = linker.downcallHandle(
                libc.find("dup2").orElseThrow(), FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
        MethodHandle close =
                linker.downcallHandle(libc.find("close").orElseThrow(), FunctionDescriptor.of(JAVA_INT, JAVA_INT));
        try (Arena arena = Arena.ofConfined()) {
            int devNull = (int) open.invokeExact(arena.allocateFrom("/dev/null"), O_RDONLY);
            if (devNull < 0) {
                throw new IllegalStateException("cannot open /dev/null to detach standard input from the engine");
            }
            if (devNull != STDIN) {
                int result = (int) dup2.invokeExact(devNull, STDIN);
                int closed = (int) close.invokeExact(devNull);
                if (result < 0 || closed < 0) {
                    throw new IllegalStateException("cannot point standard input at /dev/null for the engine");
                }
            }
            LOG.debug(
                    "standard input ({}) now reads /dev/null, so the embedded engine never takes it as INSERT data",
                    stdin);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot detach standard input from the embedded engine", e);
        }
    }
}
