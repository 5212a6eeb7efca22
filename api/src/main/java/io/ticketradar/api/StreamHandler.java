package io.ticketradar.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /api/v1/stream} (Server-Sent Events): the caller's tenant's changes as they land in the warehouse,
 * events {@code indicators}, {@code live}, {@code heatmap}, {@code alerts} and {@code patterns}, each with its id and
 * a small JSON body saying which table changed and how new it now is; the client then fetches what it shows.
 * A reconnecting client's {@code Last-Event-ID} (or {@code ?last_event_id=}) replays what it missed, or gets a
 * {@code resync} event when that is no longer known. A comment every heartbeat keeps proxies and the client's
 * reconnect logic from giving up on a quiet stream.
 *
 * <p>Each open stream has its own queue and is written by its request's own (virtual) thread, so a slow client
 * delays nobody; a client that falls {@value #QUEUE_CAPACITY} events behind gets a resync instead of the backlog.
 * The stream is written inside the request's handler, not in a task that outlives it: the request then lives
 * exactly as long as its stream, so when the stream ends (the client went away, the server stops) everything after
 * it still finds its request, and stopping the server ends the streams and waits for them before dropping their
 * requests.
 */
final class StreamHandler implements Handler, AutoCloseable {

    static final int QUEUE_CAPACITY = 1_000;
    static final String RESYNC = "resync";
    /** How long stopping the server waits for open streams to end. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(StreamHandler.class);
    /** Put in a queue when it overflowed: the writer then sends a resync. */
    private static final StreamLog.StreamEvent OVERFLOW = new StreamLog.StreamEvent(-1, "", RESYNC, "");
    /** Put in every queue when the server stops: the writer ends its stream. */
    private static final StreamLog.StreamEvent CLOSING = new StreamLog.StreamEvent(-2, "", "", "");

    private final StreamLog log;
    private final Duration heartbeat;
    private final OpenStreams open = new OpenStreams();

    StreamHandler(StreamLog log, Duration heartbeat) {
        this.log = log;
        this.heartbeat = heartbeat;
    }

    /** A stream needs {@code Accept: text/event-stream} (EventSource sends it; curl needs -H). */
    @Override
    public void handle(Context ctx) {
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains(EventStreamWriter.CONTENT_TYPE)) {
            throw ApiException.notAcceptable(
                    "this is a Server-Sent Events stream: send 'Accept: " + EventStreamWriter.CONTENT_TYPE + "'");
        }
        String tenant = BearerAuth.tenant(ctx);
        BlockingQueue<StreamLog.StreamEvent> queue = new LinkedBlockingQueue<>(QUEUE_CAPACITY);
        if (!open.add(queue)) {
            throw ApiException.unavailable("the server is stopping: reconnect in a moment");
        }
        StreamLog.Subscriber subscriber = new StreamLog.Subscriber(tenant, event -> {
            if (!queue.offer(event)) {
                queue.clear();
                queue.offer(OVERFLOW);
            }
        });
        String ending = "the server stopped";
        try {
            StreamLog.Start start = log.subscribe(subscriber, lastEventId(ctx));
            write(EventStreamWriter.start(ctx.res()), start, queue);
        } catch (IOException e) { // the client went away: an ordinary end, nobody left to tell
            ending = "the client went away (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ending = "interrupted";
        } finally {
            log.unsubscribe(subscriber);
            open.remove(queue);
            LOG.debug("event stream of tenant {} ended: {}", tenant, ending);
        }
    }

    private void write(EventStreamWriter out, StreamLog.Start start, BlockingQueue<StreamLog.StreamEvent> queue)
            throws IOException, InterruptedException {
        out.comment("connected");
        if (start.resync()) {
            resync(out, start.lastId(), "the events since your Last-Event-ID are no longer kept");
        }
        for (StreamLog.StreamEvent event : start.replay()) {
            out.event(event.id(), event.name(), event.data());
        }
        while (!open.closed()) {
            StreamLog.StreamEvent event = queue.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
            if (event == null) {
                out.comment("heartbeat");
            } else if (event == OVERFLOW) {
                resync(out, log.lastId(), "this stream fell too far behind");
            } else if (event != CLOSING) {
                out.event(event.id(), event.name(), event.data());
            }
        }
    }

    /**
     * Ends every open stream and waits for them (clients reconnect with their Last-Event-ID), before the server
     * stops; streams that start from now on are refused.
     */
    @Override
    public void close() {
        try {
            if (!open.close(CLOSING, CLOSE_WAIT)) {
                LOG.info("{} event streams still writing after {}; stopping anyway", open.count(), CLOSE_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Streams being written now. */
    int openStreams() {
        return open.count();
    }

    private static void resync(EventStreamWriter out, long lastId, String why) throws IOException {
        out.event(lastId, RESYNC, "{\"reason\":\"" + why + "\"}");
    }

    /** The id the client saw last, null for a fresh connection or one that cannot be read (then: resync). */
    private static Long lastEventId(Context ctx) {
        String header = ctx.header("Last-Event-ID");
        String id = header != null ? header : ctx.queryParam("last_event_id");
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE; // never in the log: the client resyncs
        }
    }
}
