package io.ticketradar.warehouse.embedded;

import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.ADDRESS;

/** One chDB connection: a session that runs one statement at a time (callers serialise through the pool). */
@SuppressWarnings("restricted")
final class ChdbConnection {

    private final Chdb chdb;
    private final MemorySegment handle;
    private final MemorySegment connection;

    ChdbConnection(Chdb chdb, MemorySegment handle) {
        this.chdb = chdb;
        this.handle = handle;
        // chdb_connect returns a chdb_connection* (for close); queries take the chdb_connection it points to.
        this.connection = handle.reinterpret(ADDRESS.byteSize()).get(ADDRESS, 0);
    }

    byte[] run(String sql) {
        return chdb.query(connection, sql, sql);
    }

    /** Runs {@code sql}, naming it {@code description} in errors (an insert's rows stay out of messages). */
    byte[] run(String sql, String description) {
        return chdb.query(connection, sql, description);
    }

    void close() {
        chdb.close(handle);
    }
}
