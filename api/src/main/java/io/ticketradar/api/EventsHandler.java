package io.ticketradar.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.ticketradar.events.Decoded;
import io.ticketradar.events.Event;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/v1/events}: decodes a batch with the events codec, rejects events of other
 * tenants, publishes the rest and answers only after the broker acknowledged them, so
 * {@code accepted} is a promise that the events are in the log.
 */
final class EventsHandler implements Handler {

    /** The rejection reason for an event naming a tenant other than the token's (not a codec reason). */
    static final String FOREIGN_TENANT = "FOREIGN_TENANT";

    private static final Logger LOG = LoggerFactory.getLogger(EventsHandler.class);

    private final EventCodec codec = new EventCodec();
    private final EventPublisher publisher;
    private final IngestMetrics metrics;
    private final long maxBodyBytes;

    EventsHandler(EventPublisher publisher, IngestMetrics metrics, long maxBodyBytes) {
        this.publisher = publisher;
        this.metrics = metrics;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** One refused event: its 0-based position in the batch (array element or non-blank NDJSON line). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RejectedEvent(int index, String reason, String detail, String eventId) {}

    record IngestResult(int accepted, List<RejectedEvent> rejected) {}

    @Override
    public void handle(Context ctx) {
        String tenant = BearerAuth.tenant(ctx);
        // Refuse a declared oversize body before reading it; Javalin's maxRequestSize catches chunked ones.
        if (ctx.contentLength() > maxBodyBytes) {
            throw ApiException.payloadTooLarge("request body is over the limit of " + maxBodyBytes + " bytes");
        }
        List<byte[]> items = EventBatchReader.read(ctx.bodyAsBytes(), ctx.contentType());
        List<Event> valid = new ArrayList<>(items.size());
        List<RejectedEvent> rejected = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            switch (codec.decode(items.get(i))) {
                case Decoded.Valid(Event event)
                when !tenant.equals(event.tenantId()) ->
                    rejected.add(new RejectedEvent(
                            i,
                            FOREIGN_TENANT,
                            "tenant_id '" + event.tenantId() + "' does not belong to this token",
                            event.eventId()));
                case Decoded.Valid(Event event) -> valid.add(event);
                case Decoded.Invalid(Rejection r) ->
                    rejected.add(new RejectedEvent(i, r.reason().name(), r.detail(), r.eventId()));
            }
        }
        try {
            publisher.publish(valid);
        } catch (PublishException e) {
            LOG.warn("publishing {} events of tenant {} failed: {}", valid.size(), tenant, e.getMessage());
            throw ApiException.unavailable("event broker unavailable, no event was accepted; resend the batch"
                    + " (events already stored are de-duplicated by event_id): " + e.getMessage());
        }
        metrics.accepted(valid.size());
        rejected.forEach(r -> metrics.rejected(r.reason()));
        ctx.json(new IngestResult(valid.size(), rejected));
    }
}
