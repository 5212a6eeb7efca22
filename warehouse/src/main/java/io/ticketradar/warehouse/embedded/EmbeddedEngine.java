package io.ticketradar.warehouse.embedded;

import io.ticketradar.warehouse.JsonRows;
import io.ticketradar.warehouse.WarehouseException;

import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The process-wide registry of the embedded engine. chDB serves one storage path per process (with a connection
 * open on path A, connecting to B fails until every A connection is closed), so every {@code Warehouse} on the
 * same path shares this one engine, whatever its database, and a different path is refused until the last
 * warehouse on the current one has closed.
 */
final class EmbeddedEngine {

    private static EmbeddedEngine current; // guarded by EmbeddedEngine.class

    private final Chdb chdb;
    private final Path path;
    private int users; // guarded by EmbeddedEngine.class

    private EmbeddedEngine(Chdb chdb, Path path) {
        this.chdb = chdb;
        this.path = path;
    }

    /** Registers a user of the engine on {@code path}; pair with {@link #release()}. */
    static synchronized EmbeddedEngine acquire(Chdb chdb, Path path) {
        if (current != null && !current.path.equals(path)) {
            throw new WarehouseException(
                    "the embedded warehouse is open on " + current.path
                            + " in this process and chDB serves one storage path per process, so " + path
                            + " cannot be opened until every warehouse on " + current.path
                            + " is closed. Use one path per process and separate data by database.",
                    null);
        }
        if (current == null) {
            current = new EmbeddedEngine(chdb, path);
        }
        current.users++;
        return current;
    }

    /** Call after closing every connection this user opened. */
    void release() {
        synchronized (EmbeddedEngine.class) {
            if (--users == 0 && current == this) {
                current = null;
            }
        }
    }

    Path path() {
        return path;
    }

    /** A new connection with the session settings both adapters share. */
    ChdbConnection connect() {
        List<String> args = new ArrayList<>();
        args.add("clickhouse");
        args.add("--path=" + path);
        // Query-level settings given at connect apply to this connection only, as if by SET.
        JsonRows.SESSION_SETTINGS.forEach((name, value) -> args.add("--" + name + "=" + value));
        MemorySegment handle = chdb.connect(args);
        if (handle.address() == 0) {
            throw new WarehouseException(
                    "chDB could not open storage at " + path
                            + " (another process may be using it, or the directory is not writable)",
                    null);
        }
        return new ChdbConnection(chdb, handle);
    }
}
