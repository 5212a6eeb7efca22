package io.ticketradar.app;

import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.Warehouses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.function.Function;

/**
 * How other commands on this machine ask the running stack for what only it can read: the embedded warehouse is
 * locked by the process that opened it. A Unix domain socket in the data folder ({@value #SOCKET}), readable by its
 * owner only, so no port is opened and no token is needed: whoever may read the data folder may read the warehouse
 * anyway.
 *
 * <p>Protocol: the client sends one line of tab-separated words ({@code digest<TAB>tenant<TAB>date}); the stack
 * answers {@code ok} or {@code error<TAB>message} on the first line, then the answer, and closes.
 */
public final class StackControl implements AutoCloseable {

    static final String SOCKET = "control.sock";
    /** {@code digest<TAB>tenant<TAB>morning}: the tenant's digest as JSON. */
    static final String DIGEST = "digest";
    /**
     * {@code patterns<TAB>tenant<TAB>from<TAB>to<TAB>interval}: {@code patterns --tenant} run by the stack, as
     * JSON.
     */
    public static final String PATTERNS = "patterns";
    /** {@code recompute<TAB>tenant<TAB>from}: {@code recompute} run by the stack; its one-line summary. */
    static final String RECOMPUTE = "recompute";

    private static final Logger LOG = LoggerFactory.getLogger(StackControl.class);

    private final Path socket;
    private final ServerSocketChannel server;
    private final Thread acceptor;

    private StackControl(Path socket, ServerSocketChannel server, Function<List<String>, String> handler) {
        this.socket = socket;
        this.server = server;
        this.acceptor = Thread.ofVirtual().name("ticketradar-control").start(() -> accept(handler));
    }

    /** Work done on a warehouse opened by the command itself. */
    @FunctionalInterface
    interface OnWarehouse<T> {
        T on(Warehouse warehouse) throws Exception;
    }

    /** Reads an answer of the running stack. */
    @FunctionalInterface
    interface Answer<T> {
        T read(String answer) throws IOException;
    }

    /**
     * For a command that needs the warehouse: the stack running on the data folder's embedded warehouse does
     * {@code request} (the warehouse is locked by it); else {@code direct} runs here on the data folder's warehouse, or
     * on the ClickHouse server configured. IllegalArgumentException when there is neither a stack nor a warehouse.
     */
    static <T> T askOrOpen(TicketRadarConfig config, List<String> request, Answer<T> answer, OnWarehouse<T> direct)
            throws Exception {
        if (config.embeddedWarehouse() && config.runningStack() != null) {
            return answer.read(ask(config.dataDir(), request));
        }
        if (config.embeddedWarehouse() && !Files.isDirectory(config.dataDir().resolve("warehouse"))) {
            throw new IllegalArgumentException("no warehouse in " + config.dataDir()
                    + ": start the stack (./ticketradar run) or point --data-dir at a stack's data folder");
        }
        try (Warehouse open = Warehouses.open(config.warehouse())) {
            open.migrate(); // a folder of an older version gets the tables the command reads
            return direct.on(open);
        }
    }

    /** Prints the one line a command says when {@link #askOrOpen} failed, and returns its exit code. */
    static int failed(Exception e, String command, TicketRadarConfig config, PrintStream err) {
        String why = switch (e) {
            case IllegalArgumentException refused -> refused.getMessage();
            case IOException unreachable ->
                "cannot reach the running stack of " + config.dataDir() + ": " + unreachable.getMessage();
            default -> "the " + command + " failed: " + e.getMessage();
        };
        err.println("ticketradar: " + why);
        return 1;
    }

    /**
     * Listens in {@code dataDir}; {@code handler} gets the request's words and returns the answer, or throws an
     * {@link IllegalArgumentException} whose message goes back as the error.
     */
    static StackControl serve(Path dataDir, Function<List<String>, String> handler) {
        Path socket = dataDir.resolve(SOCKET);
        try {
            Files.deleteIfExists(socket); // left by a stack that did not stop cleanly
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            if (socket.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
            }
            return new StackControl(socket, server, handler);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + socket, e);
        }
    }

    /**
     * Sends a request to the stack of {@code dataDir} and returns its answer.
     *
     * @throws IllegalArgumentException with the stack's message when it refused the request
     */
    public static String ask(Path dataDir, List<String> request) throws IOException {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(dataDir.resolve(SOCKET)))) {
            channel.write(ByteBuffer.wrap((String.join("\t", request) + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.shutdownOutput();
            String answer = new String(Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
            int newline = answer.indexOf('\n');
            String status = newline < 0 ? answer : answer.substring(0, newline);
            if (status.startsWith("error\t")) {
                throw new IllegalArgumentException(status.substring("error\t".length()));
            }
            if (!status.equals("ok")) {
                throw new IOException("the stack answered something else than its control protocol");
            }
            return answer.substring(newline + 1);
        }
    }

    private void accept(Function<List<String>, String> handler) {
        while (server.isOpen()) {
            try {
                SocketChannel client = server.accept();
                Thread.ofVirtual().name("ticketradar-control-client").start(() -> answer(client, handler));
            } catch (IOException e) {
                if (server.isOpen()) {
                    LOG.warn("control socket {}: {}", socket, e.getMessage());
                }
            }
        }
    }

    private static void answer(SocketChannel client, Function<List<String>, String> handler) {
        try (client) {
            String line = new String(Channels.newInputStream(client).readAllBytes(), StandardCharsets.UTF_8).strip();
            String answer;
            try {
                answer = "ok\n" + handler.apply(List.of(line.split("\t", -1)));
            } catch (IllegalArgumentException e) {
                answer = "error\t" + e.getMessage().replace('\n', ' ');
            } catch (RuntimeException e) {
                LOG.error("control request '{}' failed", line, e);
                answer = "error\tthe stack could not answer: " + e.getMessage();
            }
            client.write(ByteBuffer.wrap(answer.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            LOG.debug("control client went away: {}", e.getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        acceptor.interrupt();
        Files.deleteIfExists(socket);
    }
}
