package io.ticketradar.api;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;

/**
 * The queues of the event streams being written, so that stopping the server can end each of them and wait until
 * they have: a stream must be over before the server drops its request.
 */
final class OpenStreams {

    private final Set<BlockingQueue<StreamLog.StreamEvent>> queues = new HashSet<>();
    private volatile boolean closed;

    /** Adds a stream's queue; false once the server is stopping (the stream must not start). */
    synchronized boolean add(BlockingQueue<StreamLog.StreamEvent> queue) {
        return !closed && queues.add(queue);
    }

    synchronized void remove(BlockingQueue<StreamLog.StreamEvent> queue) {
        queues.remove(queue);
        notifyAll();
    }

    /** Whether the server is stopping: a stream that sees this ends. */
    boolean closed() {
        return closed;
    }

    synchronized int count() {
        return queues.size();
    }

    /**
     * Puts {@code last} in every queue, in place of what they hold, and waits until every stream has ended or the
     * wait is over (a stream stuck in a write to a slow client then ends when the server drops its connection).
     *
     * @return whether every stream ended in time
     */
    synchronized boolean close(StreamLog.StreamEvent last, Duration wait) throws InterruptedException {
        closed = true;
        for (BlockingQueue<StreamLog.StreamEvent> queue : queues) {
            queue.clear();
            queue.offer(last);
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (!queues.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
