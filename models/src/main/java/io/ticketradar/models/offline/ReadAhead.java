package io.ticketradar.models.offline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * A source's elements mapped on a second thread, ahead of the thread that takes them, and handed over in the source's
 * order (elements mapped to null are dropped). Handed over a batch at a time: one by one, the handing over would cost
 * as much as the work it spares. What the reader throws is thrown to the taker where the elements end. Close it to
 * stop the reader early.
 */
final class ReadAhead<T> implements Iterator<T>, AutoCloseable {

    private static final int BATCH = 1024;
    /** Batches read ahead at most: enough to ride out a slow evaluation, few enough not to hold the stream in memory. */
    private static final int AHEAD = 16;

    private final BlockingQueue<List<T>> handed = new ArrayBlockingQueue<>(AHEAD);
    /** After the last batch. */
    private final List<T> end = new ArrayList<>(0);

    private final Thread reader;
    private volatile Throwable failure;
    private Iterator<T> batch = Collections.emptyIterator();
    private boolean ended;

    <S> ReadAhead(Iterator<? extends S> source, Function<? super S, ? extends T> map, String name) {
        this.reader = Thread.ofPlatform().name(name).daemon().unstarted(() -> read(source, map));
        reader.start();
    }

    private <S> void read(Iterator<? extends S> source, Function<? super S, ? extends T> map) {
        List<T> next = new ArrayList<>(BATCH);
        try {
            try {
                while (source.hasNext()) {
                    T t = map.apply(source.next());
                    if (t != null) {
                        next.add(t);
                    }
                    if (next.size() == BATCH) {
                        handed.put(next);
                        next = new ArrayList<>(BATCH);
                    }
                }
            } catch (RuntimeException | Error e) {
                failure = e; // thrown to the taker after the elements read before it, as one thread would have
            }
            handed.put(next);
            handed.put(end);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed: nobody takes any more
        }
    }

    @Override
    public boolean hasNext() {
        while (!batch.hasNext()) {
            if (ended) {
                return false;
            }
            List<T> next = take();
            if (next == end) {
                ended = true;
                switch (failure) {
                    case null -> {}
                    case RuntimeException e -> throw e;
                    case Error e -> throw e;
                    default -> throw new IllegalStateException(failure);
                }
                return false;
            }
            batch = next.iterator();
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.next();
    }

    private List<T> take() {
        try {
            return handed.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the reader", e);
        }
    }

    /** Stops the reader, if it is still reading, and waits for it: the source is no longer touched afterwards. */
    @Override
    public void close() {
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
