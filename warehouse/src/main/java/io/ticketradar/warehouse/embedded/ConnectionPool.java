package io.ticketradar.warehouse.embedded;

import io.ticketradar.warehouse.WarehouseException;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A few chDB connections shared by the threads of one warehouse. A connection runs one statement at a time, so
 * each statement borrows one; connections open lazily (most users need one or two) and the most recently used is
 * reused first.
 */
final class ConnectionPool {

    private final int size;
    private final Semaphore permits;
    private final Deque<ChdbConnection> idle = new ConcurrentLinkedDeque<>();
    private final List<ChdbConnection> opened = new ArrayList<>(); // guarded by itself
    private final Supplier<ChdbConnection> factory;
    private volatile boolean closed;

    ConnectionPool(int size, Supplier<ChdbConnection> factory) {
        this.size = size;
        this.permits = new Semaphore(size, true);
        this.factory = factory;
    }

    <T> T withConnection(Function<ChdbConnection, T> work) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WarehouseException("interrupted while waiting for an embedded warehouse connection", null, e);
        }
        try {
            if (closed) {
                throw new IllegalStateException("the warehouse is closed");
            }
            ChdbConnection connection = idle.pollFirst();
            if (connection == null) {
                connection = open();
            }
            try {
                return work.apply(connection);
            } finally {
                idle.addFirst(connection);
            }
        } finally {
            permits.release();
        }
    }

    private ChdbConnection open() {
        ChdbConnection connection = factory.get();
        synchronized (opened) {
            opened.add(connection);
        }
        return connection;
    }

    /** Waits for running statements, then closes every connection. */
    void close() {
        closed = true;
        permits.acquireUninterruptibly(size);
        try {
            synchronized (opened) {
                opened.forEach(ChdbConnection::close);
                opened.clear();
            }
            idle.clear();
        } finally {
            // Let threads that queued meanwhile through, to see the pool is closed.
            permits.release(size);
        }
    }
}
