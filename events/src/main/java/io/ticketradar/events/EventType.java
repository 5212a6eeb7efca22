package io.ticketradar.events;

import io.ticketradar.events.EventBody.CodeDefined;
import io.ticketradar.events.EventBody.CustomerComplaint;
import io.ticketradar.events.EventBody.DeviceRegistered;
import io.ticketradar.events.EventBody.EngineerRegistered;
import io.ticketradar.events.EventBody.FaultDiagnosed;
import io.ticketradar.events.EventBody.FirstResponse;
import io.ticketradar.events.EventBody.PartStocked;
import io.ticketradar.events.EventBody.RepairRecorded;
import io.ticketradar.events.EventBody.StageChanged;
import io.ticketradar.events.EventBody.TicketAssigned;
import io.ticketradar.events.EventBody.TicketClosed;
import io.ticketradar.events.EventBody.TicketCreated;
import io.ticketradar.events.EventBody.TicketMerged;
import io.ticketradar.events.EventBody.TicketReopened;
import io.ticketradar.events.EventBody.TicketResolved;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.ticketradar.events.FieldSpec.nullable;
import static io.ticketradar.events.FieldSpec.required;
import static io.ticketradar.events.ValueKind.CATALOGUE_KIND;
import static io.ticketradar.events.ValueKind.CHANNEL;
import static io.ticketradar.events.ValueKind.CODES;
import static io.ticketradar.events.ValueKind.COUNT;
import static io.ticketradar.events.ValueKind.DATE;
import static io.ticketradar.events.ValueKind.FLAG;
import static io.ticketradar.events.ValueKind.ID;
import static io.ticketradar.events.ValueKind.NUMBER;
import static io.ticketradar.events.ValueKind.PRIORITY;
import static io.ticketradar.events.ValueKind.REPAIR_OUTCOME;
import static io.ticketradar.events.ValueKind.SCHEMA_VERSION;
import static io.ticketradar.events.ValueKind.STAGE;
import static io.ticketradar.events.ValueKind.TECHNICAL_DOMAIN;
import static io.ticketradar.events.ValueKind.TEXT;
import static io.ticketradar.events.ValueKind.TIMESTAMP;

/**
 * The event types of DOMAIN.md §3, each with its topic, its typed body and its wire fields: this
 * table is what {@link EventCodec} validates against.
 */
public enum EventType {
    TICKET_CREATED(
            TicketCreated.class,
            required("channel", CHANNEL),
            required("customer_id", ID),
            required("customer_phone", TEXT),
            required("device_sn", ID),
            required("product_model", ID),
            required("site_id", ID),
            required("region", ID),
            required("symptoms", CODES),
            nullable("fault_code", ID),
            nullable("description", TEXT),
            nullable("ambient_temp_c", NUMBER),
            required("priority", PRIORITY)),
    TICKET_ASSIGNED(
            TicketAssigned.class,
            required("assignee_id", ID),
            required("team_id", ID),
            required("stage", STAGE),
            required("auto", FLAG)),
    FIRST_RESPONSE(FirstResponse.class, required("responder_id", ID), required("diagnostic", FLAG)),
    STAGE_CHANGED(StageChanged.class, required("from_stage", STAGE), required("to_stage", STAGE)),
    FAULT_DIAGNOSED(FaultDiagnosed.class, required("fault_code", ID), required("domain", TECHNICAL_DOMAIN)),
    TICKET_RESOLVED(TicketResolved.class, required("resolution_code", ID), required("field_visits", COUNT)),
    TICKET_CLOSED(TicketClosed.class),
    TICKET_REOPENED(TicketReopened.class, required("reason", TEXT)),
    CUSTOMER_COMPLAINT(CustomerComplaint.class),
    TICKET_MERGED(TicketMerged.class, required("into_ticket_id", ID)),
    REPAIR_RECORDED(
            Topics.REPAIR_EVENTS,
            RepairRecorded.class,
            required("repair_id", ID),
            required("device_sn", ID),
            required("engineer_id", ID),
            required("fault_code", ID),
            required("root_cause", TEXT),
            required("parts", CODES),
            required("firmware", ID),
            nullable("ambient_temp_c", NUMBER),
            required("labor_min", COUNT),
            required("outcome", REPAIR_OUTCOME),
            required("photo_labels", CODES)),
    DEVICE_REGISTERED(
            Topics.MASTER_DATA,
            DeviceRegistered.class,
            required("device_sn", ID),
            required("product_model", ID),
            nullable("batch", ID),
            nullable("production_date", DATE),
            nullable("firmware", ID),
            nullable("customer_id", ID),
            nullable("site_id", ID)),
    CODE_DEFINED(
            Topics.MASTER_DATA,
            CodeDefined.class,
            required("kind", CATALOGUE_KIND),
            required("code", ID),
            nullable("zh", TEXT),
            nullable("en", TEXT),
            nullable("domain", TECHNICAL_DOMAIN)),
    ENGINEER_REGISTERED(
            Topics.MASTER_DATA,
            EngineerRegistered.class,
            required("engineer_id", ID),
            required("team_id", ID),
            required("skills", CODES),
            nullable("region", ID)),
    PART_STOCKED(
            Topics.MASTER_DATA,
            PartStocked.class,
            required("part_no", ID),
            required("depot_id", ID),
            required("quantity", COUNT),
            nullable("region", ID));

    private static final Map<String, EventType> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Enum::name, Function.identity()));
    private static final Map<Class<?>, EventType> BY_BODY =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(t -> t.bodyType, Function.identity()));

    private final String topic;
    private final Class<? extends EventBody> bodyType;
    private final List<FieldSpec> bodyFields;
    private final List<FieldSpec> fields;

    EventType(Class<? extends EventBody> bodyType, FieldSpec... bodyFields) {
        this(Topics.TICKET_EVENTS, bodyType, bodyFields);
    }

    EventType(String topic, Class<? extends EventBody> bodyType, FieldSpec... bodyFields) {
        this.topic = topic;
        this.bodyType = bodyType;
        this.bodyFields = List.of(bodyFields);
        this.fields = envelopeThen(topic, this.bodyFields);
    }

    /**
     * Envelope fields first, so a record missing several fields is rejected for the most basic one.
     * {@code event_type} is not listed: it is read before the type, and so the fields, are known.
     */
    private static List<FieldSpec> envelopeThen(String topic, List<FieldSpec> bodyFields) {
        List<FieldSpec> all = new ArrayList<>();
        all.add(required("event_id", ID));
        all.add(required("tenant_id", ID));
        // Ticket events are keyed by ticket_id; repair events may name the ticket they served; master data names none.
        all.add(Topics.TICKET_EVENTS.equals(topic) ? required("ticket_id", ID) : nullable("ticket_id", ID));
        all.add(required("ts", TIMESTAMP));
        all.add(required("schema_version", SCHEMA_VERSION));
        all.addAll(bodyFields);
        return List.copyOf(all);
    }

    /** The type named exactly so on the wire, if any. */
    public static Optional<EventType> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The type whose body this is. */
    public static EventType of(EventBody body) {
        return BY_BODY.get(body.getClass());
    }

    public String topic() {
        return topic;
    }

    public Class<? extends EventBody> bodyType() {
        return bodyType;
    }

    /** Every field checked on the wire, envelope then body, in the order they are checked. */
    public List<FieldSpec> fields() {
        return fields;
    }

    /** The type-specific fields only, in the order of the {@link #bodyType()} record's components. */
    public List<FieldSpec> bodyFields() {
        return bodyFields;
    }
}
