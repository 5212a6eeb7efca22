package io.ticketradar.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.ticketradar.events.Channel;
import io.ticketradar.events.Decoded;
import io.ticketradar.events.Event;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.EventType;
import io.ticketradar.events.FieldSpec;
import io.ticketradar.events.Priority;
import io.ticketradar.events.Rejection;
import io.ticketradar.events.WireValue;
import io.ticketradar.warehouse.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code POST /api/v1/tickets/from-text[?create=true]}: a pasted chat message ({@code {"text": "..."}}, or the message
 * itself as {@code text/plain}) read into a prefilled {@code TICKET_CREATED}: phone, SN, customer name, priority and
 * the symptoms of the tenant's catalogue ({@link TicketTextRecognizer}); product model, customer, site and region from
 * the records of the device when its SN is known ({@link DeviceFacts}). The answer says what was recognised, what
 * was looked up, what was defaulted, which required fields are still missing and which clauses were not understood.
 * With {@code ?create=true} the event is validated by the events codec and published like {@code POST
 * /api/v1/events} (201); a message that cannot make a complete event is refused and nothing is published.
 */
final class TicketFromTextHandler implements Handler {

    static final int MAX_TEXT_CHARS = 4000;
    static final Channel DEFAULT_CHANNEL = Channel.WECOM;
    static final Priority DEFAULT_PRIORITY = Priority.P3;

    private static final Logger LOG = LoggerFactory.getLogger(TicketFromTextHandler.class);
    private static final List<String> REQUIRED = EventType.TICKET_CREATED.bodyFields().stream()
            .filter(f -> !f.nullable())
            .map(FieldSpec::name)
            .toList();

    private final Warehouse warehouse;
    private final Devices devices;
    private final EventPublisher publisher;
    private final ObjectMapper mapper;
    private final TenantDays days;
    private final EventCodec codec = new EventCodec();
    private final TicketTextRecognizer recognizer = new TicketTextRecognizer();

    TicketFromTextHandler(
            Warehouse warehouse, Devices devices, EventPublisher publisher, ObjectMapper mapper, TenantDays days) {
        this.warehouse = warehouse;
        this.devices = devices;
        this.publisher = publisher;
        this.mapper = mapper;
        this.days = days;
    }

    /** What the caller sent: the message, and optionally the channel and priority it came with. */
    private record Request(String text, Channel channel, Priority priority) {}

    /**
     * @param lookedUp   fields filled from the device's records
     * @param defaulted  fields neither said nor looked up, given their default (channel, priority)
     * @param missing    required fields of TICKET_CREATED still null: the ticket cannot be created until given
     */
    record Prefilled(
            boolean created,
            String eventId,
            String ticketId,
            JsonNode event,
            TicketTextRecognizer.Reading recognised,
            List<String> lookedUp,
            List<String> defaulted,
            List<String> missing,
            List<String> unrecognised) {}

    @Override
    public void handle(Context ctx) {
        String tenant = BearerAuth.tenant(ctx);
        boolean create = Boolean.TRUE.equals(QueryParams.bool(ctx, "create"));
        Request request = request(ctx);
        TicketTextRecognizer.Reading reading = recognizer.read(request.text(), SymptomCatalogue.of(warehouse, tenant));
        if (!reading.saidAnything()) {
            throw ApiException.badBody(
                    "text",
                    "nothing recognisable in the text: no phone number, device SN, customer name, priority or symptom"
                            + " of the tenant's catalogue");
        }
        List<String> lookedUp = new ArrayList<>();
        List<String> defaulted = new ArrayList<>();
        ObjectNode event = event(tenant, request, reading, lookedUp, defaulted);
        List<String> missing = REQUIRED.stream()
                .filter(field -> event.path(field).isNull() || event.path(field).isMissingNode())
                .toList();
        if (create) {
            publish(tenant, event, missing);
            ctx.status(HttpStatus.CREATED);
        }
        ctx.json(new Prefilled(
                create,
                event.path("event_id").asText(),
                event.path("ticket_id").asText(),
                event,
                reading,
                lookedUp,
                defaulted,
                missing,
                reading.unrecognised()));
    }

    private Request request(Context ctx) {
        String body = ctx.body();
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!contentType.startsWith("application/json")) {
            return checked(new Request(body, DEFAULT_CHANNEL, null));
        }
        JsonNode json;
        try {
            json = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badBody(null, "the body is not JSON: send {\"text\": \"...\"} or text/plain");
        }
        if (json == null || !json.isObject() || !json.path("text").isTextual()) {
            throw ApiException.badBody("text", "the body needs a string field 'text' holding the message");
        }
        return checked(new Request(
                json.path("text").asText(),
                choice(json, "channel", Channel.values(), DEFAULT_CHANNEL),
                choice(json, "priority", Priority.values(), null)));
    }

    private static Request checked(Request request) {
        if (request.text().isBlank()) {
            throw ApiException.badBody("text", "the text is empty: paste the customer's message");
        }
        if (request.text().length() > MAX_TEXT_CHARS) {
            throw ApiException.payloadTooLarge("the text has " + request.text().length()
                    + " characters, over the limit of " + MAX_TEXT_CHARS + ": paste one message");
        }
        return request;
    }

    private static <E extends Enum<E> & WireValue> E choice(JsonNode json, String field, E[] values, E orElse) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return orElse;
        }
        return Arrays.stream(values)
                .filter(v -> v.wire().equals(value.asText()))
                .findFirst()
                .orElseThrow(() -> ApiException.badBody(
                        field,
                        "'" + field + "' must be one of "
                                + String.join(
                                        ", ",
                                        Arrays.stream(values)
                                                .map(WireValue::wire)
                                                .toList())));
    }

    private ObjectNode event(
            String tenant,
            Request request,
            TicketTextRecognizer.Reading reading,
            List<String> lookedUp,
            List<String> defaulted) {
        Optional<DeviceFacts> device = reading.deviceSn() == null
                ? Optional.empty()
                : DeviceFacts.of(warehouse, devices, tenant, reading.deviceSn());
        Priority priority = reading.priority() != null ? reading.priority() : request.priority();
        if (priority == null) {
            priority = DEFAULT_PRIORITY;
            defaulted.add("priority");
        }
        if (request.channel() == DEFAULT_CHANNEL) {
            defaulted.add("channel");
        }
        ObjectNode event = mapper.createObjectNode()
                .put("event_id", "text-" + UUID.randomUUID())
                .put("event_type", EventType.TICKET_CREATED.name())
                .put("tenant_id", tenant)
                .put(
                        "ticket_id",
                        "T-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase(Locale.ROOT))
                .put("ts", days.clock().instant().toString())
                .put("schema_version", EventCodec.CURRENT_SCHEMA_VERSION)
                .put("channel", request.channel().wire())
                .put("customer_id", looked(device.map(DeviceFacts::customerId), "customer_id", lookedUp))
                .put("customer_phone", reading.customerPhone())
                .put("customer_name", reading.customerName())
                .put("device_sn", reading.deviceSn())
                .put("product_model", looked(device.map(DeviceFacts::productModel), "product_model", lookedUp))
                .put("site_id", looked(device.map(DeviceFacts::siteId), "site_id", lookedUp))
                .put("region", looked(device.map(DeviceFacts::region), "region", lookedUp))
                .putNull("fault_code")
                .put("description", request.text())
                .putNull("ambient_temp_c")
                .put("priority", priority.wire());
        reading.symptoms().forEach(s -> event.withArray("symptoms").add(s.code()));
        event.withArray("symptoms");
        return event;
    }

    private static String looked(Optional<String> value, String field, List<String> lookedUp) {
        value.ifPresent(v -> lookedUp.add(field));
        return value.orElse(null);
    }

    private void publish(String tenant, ObjectNode event, List<String> missing) {
        if (!missing.isEmpty()) {
            throw ApiException.badBody(
                    missing.getFirst(),
                    "cannot create the ticket: the text and the device's records do not say "
                            + String.join(", ", missing) + "; nothing was published");
        }
        Event valid = switch (codec.decode(event.toString())) {
            case Decoded.Valid(Event e) -> e;
            case Decoded.Invalid(Rejection r) ->
                throw ApiException.badBody(null, "the prefilled ticket is not a valid event: " + r.detail());
        };
        try {
            publisher.publish(List.of(valid));
        } catch (PublishException e) {
            LOG.warn("publishing a ticket from text of tenant {} failed: {}", tenant, e.getMessage());
            throw ApiException.unavailable("event broker unavailable, the ticket was not created; try again");
        }
    }
}
