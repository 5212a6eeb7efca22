package io.ticketradar.warehouse.embedded;

import io.ticketradar.warehouse.WarehouseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The chDB C API ({@code programs/local/chdb.h} of chdb-io/chdb-core) bound through FFM. Loaded once per process
 * and never unloaded: the engine keeps global state and threads.
 */
@SuppressWarnings("restricted")
final class Chdb {

    private static final Logger LOG = LoggerFactory.getLogger(Chdb.class);
    private static final byte[] FORMAT = "JSONEachRow".getBytes(StandardCharsets.US_ASCII);

    private static Chdb loaded; // guarded by Chdb.class

    private final Path library;
    private final MethodHandle connect;
    private final MethodHandle closeConn;
    private final MethodHandle queryN;
    private final MethodHandle resultBuffer;
    private final MethodHandle resultLength;
    private final MethodHandle resultError;
    private final MethodHandle destroyResult;

    private Chdb(Path library) {
        this.library = library;
        long start = System.nanoTime();
        SymbolLookup symbols = SymbolLookup.libraryLookup(library, Arena.global());
        Linker linker = Linker.nativeLinker();
        // chdb_connection *chdb_connect(int argc, char **argv)
        connect = bind(linker, symbols, "chdb_connect", FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS));
        // void chdb_close_conn(chdb_connection *conn)
        closeConn = bind(linker, symbols, "chdb_close_conn", FunctionDescriptor.ofVoid(ADDRESS));
        // chdb_result *chdb_query_n(chdb_connection conn, const char *query, size_t len, const char *format, size_t
        // len)
        queryN = bind(
                linker,
                symbols,
                "chdb_query_n",
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG));
        resultBuffer = bind(linker, symbols, "chdb_result_buffer", FunctionDescriptor.of(ADDRESS, ADDRESS));
        resultLength = bind(linker, symbols, "chdb_result_length", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        resultError = bind(linker, symbols, "chdb_result_error", FunctionDescriptor.of(ADDRESS, ADDRESS));
        destroyResult = bind(linker, symbols, "chdb_destroy_query_result", FunctionDescriptor.ofVoid(ADDRESS));
        // The engine's own SIGSEGV/SIGINT handlers would replace the JVM's (which it needs for safepoints and
        // implicit null checks): switch them off before the first connect.
        MethodHandle signals =
                bind(linker, symbols, "chdb_set_signal_handlers_enabled", FunctionDescriptor.ofVoid(JAVA_INT));
        MethodHandle version = bind(linker, symbols, "chdb_version", FunctionDescriptor.of(ADDRESS));
        ProcessStdin.detach();
        try {
            signals.invokeExact(0);
            LOG.info(
                    "loaded chDB {} from {} ({} ms)",
                    cString((MemorySegment) version.invokeExact()),
                    library,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot initialise chDB from " + library, e);
        }
    }

    /** The process's chDB, loading it from {@code library} the first time. */
    static synchronized Chdb load(Path library) {
        if (loaded == null) {
            loaded = new Chdb(library);
        } else if (!loaded.library.equals(library)) {
            LOG.warn("chDB is already loaded from {}; ignoring {}", loaded.library, library);
        }
        return loaded;
    }

    /** Opens a connection; returns the {@code chdb_connection *} handle, or NULL when the engine refused. */
    MemorySegment connect(List<String> args) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment argv = arena.allocate(ADDRESS, args.size());
            for (int i = 0; i < args.size(); i++) {
                argv.setAtIndex(ADDRESS, i, arena.allocateFrom(args.get(i)));
            }
            return (MemorySegment) connect.invokeExact(args.size(), argv);
        } catch (Throwable e) {
            throw propagate(e);
        }
    }

    void close(MemorySegment handle) {
        try {
            closeConn.invokeExact(handle);
        } catch (Throwable e) {
            throw propagate(e);
        }
    }

    /**
     * Runs one statement on a connection ({@code *handle}) and returns its JSONEachRow output; the result is freed
     * before this returns.
     *
     * @param description what error messages show as the SQL
     */
    byte[] query(MemorySegment connection, String sql, String description) {
        byte[] text = sql.getBytes(StandardCharsets.UTF_8);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment query = arena.allocate(text.length + 1L);
            MemorySegment.copy(text, 0, query, JAVA_BYTE, 0, text.length);
            MemorySegment format = arena.allocate(FORMAT.length + 1L);
            MemorySegment.copy(FORMAT, 0, format, JAVA_BYTE, 0, FORMAT.length);
            MemorySegment result = (MemorySegment)
                    queryN.invokeExact(connection, query, (long) text.length, format, (long) FORMAT.length);
            if (result.address() == 0) {
                throw new WarehouseException("chDB returned no result", description);
            }
            try {
                return output(result, description);
            } finally {
                destroyResult.invokeExact(result);
            }
        } catch (Throwable e) {
            throw propagate(e);
        }
    }

    private byte[] output(MemorySegment result, String description) throws Throwable {
        MemorySegment error = (MemorySegment) resultError.invokeExact(result);
        if (error.address() != 0) {
            throw new WarehouseException(cString(error), description);
        }
        long length = (long) resultLength.invokeExact(result);
        if (length == 0) {
            return new byte[0];
        }
        if (length > Integer.MAX_VALUE - 16) {
            throw new WarehouseException(
                    "result of " + length + " bytes is too large; aggregate or page it", description);
        }
        MemorySegment buffer = (MemorySegment) resultBuffer.invokeExact(result);
        return buffer.reinterpret(length).toArray(JAVA_BYTE);
    }

    private static String cString(MemorySegment pointer) {
        return pointer.reinterpret(Long.MAX_VALUE).getString(0, StandardCharsets.UTF_8);
    }

    private static MethodHandle bind(Linker linker, SymbolLookup symbols, String name, FunctionDescriptor descriptor) {
        MemorySegment symbol = symbols.find(name)
                .orElseThrow(() -> new IllegalStateException(
                        "the chDB library has no symbol " + name + "; it is too old or not chDB"));
        return linker.downcallHandle(symbol, descriptor);
    }

    private static RuntimeException propagate(Throwable e) {
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(e);
    }
}
