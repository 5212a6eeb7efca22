package io.ticketradar.datasets.truth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.datasets.generate.DataGenerator;
import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.datasets.generate.GeneratorSettings;
import io.ticketradar.datasets.scenario.BadRecordKind;
import io.ticketradar.datasets.scenario.Scenario;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.Topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the ground truth of a generation run (ground_truth.json): each tenant's realised indicators
 * measured on the generated lifecycles, the injected patterns with their tickets and shares, the
 * duplicate groups, and every late and bad record by its position in the stream. Its memory grows
 * with the data set's days and its flawed records, not with its events; do not attach it to an endless
 * stream.
 */
public final class GroundTruthRecorder implements GenerationListener {
    private final DataGenerator generator;
    private final Map<String, TenantTruth> tenants = new LinkedHashMap<>();
    private final Map<String, Long> recordsByTopic = new TreeMap<>();
    private final Map<BadRecordKind, Integer> badByKind = new EnumMap<>(BadRecordKind.class);
    private final ArrayNode badRecords = JsonNodeFactory.instance.arrayNode();
    private final ArrayNode lateEvents = JsonNodeFactory.instance.arrayNode();
    private long records;

    public GroundTruthRecorder(DataGenerator generator) {
        this.generator = generator;
        double maxDays = generator.settings().scenario().closure().maxDays();
        generator.worlds().forEach(w -> {
            String id = w.tenant().id();
            tenants.put(
                    id,
                    new TenantTruth(
                            generator.patterns(),
                            generator.decoys(id),
                            generator.settings().zone(),
                            maxDays));
        });
    }

    @Override
    public void device(String tenantId, EventBody.DeviceRegistered device, Instant at, int n) {
        tenants.get(tenantId).device(n);
    }

    @Override
    public void ticket(TicketTruth truth) {
        tenants.get(truth.tenantId()).add(truth);
    }

    @Override
    public void record(long seq, GeneratedRecord record, RecordNote note) {
        records++;
        recordsByTopic.merge(record.topic(), 1L, Long::sum);
        if (note.bad() != null) {
            badByKind.merge(note.bad(), 1, Integer::sum);
            ObjectNode bad = badRecords
                    .addObject()
                    .put("seq", seq)
                    .put("topic", record.topic())
                    .put("key", record.key())
                    .put("kind", note.bad().code())
                    .put("event_id", note.eventId())
                    .put("publish_at", record.publishAt().toString())
                    .put("bytes", record.value().length);
            bad.put(
                    "expected_rejection",
                    note.bad().rejection() == null
                            ? "none: dropped as a duplicate event_id"
                            : note.bad().rejection().name());
        }
        if (note.lateBy() != null) {
            lateEvents
                    .addObject()
                    .put("seq", seq)
                    .put("event_id", note.eventId())
                    .put("ts", record.eventTime().toString())
                    .put("publish_at", record.publishAt().toString())
                    .put("late_by_s", note.lateBy().toSeconds());
        }
    }

    /** Realised indicators of a tenant, as written to the file. */
    public ObjectNode indicators(String tenantId) {
        return (ObjectNode) tenants.get(tenantId).toJson().get("indicators");
    }

    public int tickets(String tenantId) {
        return tenants.get(tenantId).tickets();
    }

    public long records() {
        return records;
    }

    public int badRecords() {
        return badRecords.size();
    }

    public int lateEvents() {
        return lateEvents.size();
    }

    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        GeneratorSettings settings = generator.settings();
        ObjectNode root = f.objectNode();
        ObjectNode gen = root.putObject("generator")
                .put("seed", settings.seed())
                .put("start", settings.start().toString())
                .put("days", settings.days())
                .put("tickets_per_day", settings.ticketsPerDay())
                .put("zone", settings.zone().getId());
        ArrayNode tenantIds = gen.putArray("tenants");
        generator
                .worlds()
                .forEach(w -> tenantIds
                        .addObject()
                        .put("tenant_id", w.tenant().id())
                        .put("ticket_prefix", w.tenant().code()));
        root.set("scenario", scenario(settings.scenario()));
        root.set("definitions", Definitions.json());
        ObjectNode stream = root.putObject("stream").put("records", records);
        ObjectNode topics = stream.putObject("records_by_topic");
        recordsByTopic.forEach(topics::put);
        stream.put("late_events", lateEvents.size()).put("bad_records", badRecords.size());
        ObjectNode kinds = stream.putObject("bad_records_by_kind");
        badByKind.forEach((kind, n) -> kinds.put(kind.code(), n));
        int redeliveries = badByKind.getOrDefault(BadRecordKind.DUPLICATE_EVENT_ID, 0);
        stream.put("valid_records", records - badRecords.size() + redeliveries);
        stream.put("unique_events", records - badRecords.size());
        ObjectNode tenantNode = root.putObject("tenants");
        tenants.forEach((id, truth) -> tenantNode.set(id, truth.toJson()));
        root.set("late_events", lateEvents);
        root.set("bad_records", badRecords);
        return root;
    }

    public void write(Path file) {
        try {
            Json.MAPPER.writeValue(file.toFile(), toJson());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private ObjectNode scenario(Scenario scenario) {
        ObjectNode node = JsonNodeFactory.instance
                .objectNode()
                .put("name", scenario.name())
                .put("description_zh", scenario.descriptionZh())
                .put("description_en", scenario.descriptionEn());
        node.putObject("targets")
                .put("first_response_timeout_rate", scenario.firstResponse().timeoutShare())
                .put(
                        "first_response_compliance",
                        Tally.round((1 - scenario.firstResponse().timeoutShare())
                                * scenario.firstResponse().diagnosticShare()))
                .put("closure_days_mean", scenario.closure().meanDays())
                .put("overdue_rate", scenario.closure().overdueShare())
                .put("bounce_rate", scenario.reassignment().bounceShare())
                .put("coordination_hours_mean", scenario.coordination().meanHours())
                .put("secondary_complaint_rate", scenario.complaints().share())
                .put("reopen_rate", scenario.reopen().share());
        ObjectNode model = node.putObject("model");
        new TreeMap<>(generator.modelParameters()).forEach((k, v) -> model.put(k, Tally.round(v)));
        node.put("topic_ticket_events", Topics.TICKET_EVENTS);
        node.put("topic_master_data", Topics.MASTER_DATA);
        ArrayNode decoys = node.putArray("decoys");
        // The kind first: a list's element type is lost to the mapper, and with it the type name.
        scenario.decoys()
                .forEach(d -> decoys.add(JsonNodeFactory.instance
                        .objectNode()
                        .put("kind", d.kind())
                        .setAll((ObjectNode) Json.tree(d))));
        return node;
    }
}
