package io.ticketradar.api;

import io.javalin.http.Handler;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code GET /api/v1/stream} (Server-Sent Events): the caller's tenant's changes as they land in the warehouse,
 * events {@code indicators}, {@code live}, {@code heatmap}, {@code alerts} and {@code patterns}, each with its id and
 * a small JSON body saying which table changed and how new it now is; the client then fetches what it shows.
 * A reconnecting client's {@code Last-Event-ID} (or {@code ?last_event_id=}) replays what it missed, or gets a
 * {@code resync} event when that is no longer known. A comment every heartbeat keeps proxies and the client's
 * reconnect logic from giving up on a quiet stream.
 *
 * <p>Each open stream has its own queue and its own (virtual) thread that writes it, so a slow client delays
 * nobody; a client that falls {@value #QUEUE_CAPACITY} events behind gets a resync instead of the backlog.
 */
final class StreamHandler implements Consumer<SseClient> {

    static final int QUEUE_CAPACITY = 1_000;
    static final String RESYNC = "resync";
    static final String EVENT_STREAM = "text/event-stream";

    private static final Logger LOG = LoggerFactory.getLogger(StreamHandler.class);
    /** Put in a queue when it overflowed: the writer then sends a resync. */
    private static final StreamLog.StreamEvent OVERFLOW = new StreamLog.StreamEvent(-1, "", RESYNC, "");

    private final StreamLog log;
    private final Duration heartbeat;

    StreamHandler(StreamLog log, Duration heartbeat) {
        this.log = log;
        this.heartbeat = heartbeat;
    }

    /** The route: a stream needs {@code Accept: text/event-stream} (EventSource sends it; curl needs -H). */
    Handler route() {
        SseHandler sse = new SseHandler(this);
        return ctx -> {
            String accept = ctx.header("Accept");
            if (accept == null || !accept.contains(EVENT_STREAM)) {
                throw ApiException.notAcceptable(
                        "this is a Server-Sent Events stream: send 'Accept: " + EVENT_STREAM + "'");
            }
            sse.handle(ctx);
        };
    }

    @Override
    public void accept(SseClient client) {
        String tenant = BearerAuth.tenant(client.ctx());
        BlockingQueue<StreamLog.StreamEvent> queue = new LinkedBlockingQueue<>(QUEUE_CAPACITY);
        StreamLog.Subscriber subscriber = new StreamLog.Subscriber(tenant, event -> {
            if (!queue.offer(event)) {
                queue.clear();
                queue.offer(OVERFLOW);
            }
        });
        StreamLog.Start start = log.subscribe(subscriber, lastEventId(client));
        try {
            client.sendComment("connected");
            if (start.resync()) {
                resync(client, start.lastId(), "the events since your Last-Event-ID are no longer kept");
            }
            start.replay().forEach(event -> send(client, event));
            while (!client.terminated()) {
                StreamLog.StreamEvent event = queue.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
                if (event == null) {
                    client.sendComment("heartbeat");
                } else if (event == OVERFLOW) {
                    resync(client, log.lastId(), "this stream fell too far behind");
                } else {
                    send(client, event);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the server is stopping
        } finally {
            log.unsubscribe(subscriber);
            LOG.debug("event stream of tenant {} closed", tenant);
        }
    }

    private static void send(SseClient client, StreamLog.StreamEvent event) {
        client.sendEvent(event.name(), event.data(), Long.toString(event.id()));
    }

    private static void resync(SseClient client, long lastId, String why) {
        client.sendEvent(RESYNC, "{\"reason\":\"" + why + "\"}", Long.toString(lastId));
    }

    /** The id the client saw last, null for a fresh connection or one that cannot be read (then: resync). */
    private static Long lastEventId(SseClient client) {
        String header = client.ctx().header("Last-Event-ID");
        String id = header != null ? header : client.ctx().queryParam("last_event_id");
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
