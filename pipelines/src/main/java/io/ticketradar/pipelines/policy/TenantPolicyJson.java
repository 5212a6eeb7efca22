package io.ticketradar.pipelines.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.events.Priority;
import io.ticketradar.events.Topics;
import io.ticketradar.pipelines.alerts.Webhook;
import io.ticketradar.pipelines.indicators.Healthy;
import io.ticketradar.pipelines.indicators.Indicator;
import io.ticketradar.pipelines.lifecycle.SlaDurations;
import io.ticketradar.pipelines.lifecycle.SlaPolicy;
import io.ticketradar.pipelines.lifecycle.WorkingCalendar;
import io.ticketradar.pipelines.lifecycle.WorkingHours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A tenant's policy as people write it ({@code PUT /api/v1/policy}) and as it is answered, stored and sent on the
 * compacted {@value #TOPIC} topic:
 *
 * <pre>
 * {"effective_from": "2026-12-03",
 *  "sla": {"first_response": "4h", "breakpoint_stay": "4h",
 *          "resolution": {"P1": "1d", "P2": "2d", "P3": "3d", "P4": "5d"},
 *          "hours": "MON-FRI 09:00-12:00,13:00-18:00", "holidays": "2027-02-06..2027-02-12", "workdays": "2027-02-14"},
 *  "healthy": {"first_response_compliance": 0.9, "overdue_rate": "&lt;=0.1"},
 *  "webhooks": [{"format": "wecom", "url": "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=..."}]}
 * </pre>
 *
 * A policy is whole: what it leaves out is the spec's (DOMAIN.md §2, §4), not what was in force before; {@code GET}
 * answers every value spelled out, to change and send back. {@code effective_from} (a moment, or a day starting at
 * midnight in the tenant's zone) defaults to the moment of adoption. With {@code hours} the levels are working time of
 * that calendar in the tenant's zone ({@link WorkingHours}, {@link WorkingCalendar#parseDates}); without, 24x7.
 * {@code webhooks} receive the tenant's alerts (none when left out); they are answered {@link #answered masked}, and a
 * masked address sent back stands for the webhook in force it masks, so a policy read, changed and sent back keeps its
 * secrets. Every problem is reported, each naming where it is; a policy with any problem is refused whole.
 */
public final class TenantPolicyJson {

    /** The compacted topic, keyed by tenant, whose newest value holds every version of the tenant's policy. */
    public static final String TOPIC = Topics.TENANT_POLICIES;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** A policy's top-level fields. */
    public static final Set<String> FIELDS = Set.of("effective_from", "sla", "healthy", "webhooks");

    private static final Set<String> SLA =
            Set.of("first_response", "breakpoint_stay", "resolution", "hours", "holidays", "workdays");
    private static final String CODES =
            Arrays.stream(Indicator.values()).map(Indicator::code).collect(Collectors.joining(", "));

    private TenantPolicyJson() {}

    /** A policy read from a body: what it says, or what is wrong with it. */
    public sealed interface Checked {
        /** @param effectiveFrom null when the body names none (then the moment of adoption) */
        record Valid(SlaPolicy sla, Map<Indicator, Healthy> healthy, List<Webhook> webhooks, Instant effectiveFrom)
                implements Checked {}

        record Invalid(List<String> problems) implements Checked {
            public Invalid {
                problems = List.copyOf(problems);
            }
        }
    }

    /** Reads a policy as stored: its webhooks' addresses are whole. */
    public static Checked parse(JsonNode body, ZoneId zone) {
        return parse(body, zone, List.of());
    }

    /**
     * Reads a body as above; a day in {@code effective_from} starts at midnight in {@code zone}.
     *
     * @param inForce the webhooks of the policy in force, which masked addresses in the body stand for
     */
    public static Checked parse(JsonNode body, ZoneId zone, List<Webhook> inForce) {
        List<String> problems = new ArrayList<>();
        if (body == null || !body.isObject()) {
            return new Checked.Invalid(
                    List.of("a policy is a JSON object such as {\"sla\":{\"first_response\":\"4h\"}}"));
        }
        unknown(body, FIELDS, "", problems);
        Instant effectiveFrom = effectiveFrom(body.get("effective_from"), zone, problems);
        SlaPolicy sla = sla(body.get("sla"), zone, problems);
        Map<Indicator, Healthy> healthy = healthy(body.get("healthy"), problems);
        List<Webhook> webhooks = PolicyWebhooks.read(body.get("webhooks"), inForce, problems);
        return problems.isEmpty()
                ? new Checked.Valid(sla, healthy, webhooks, effectiveFrom)
                : new Checked.Invalid(problems);
    }

    /** The version's policy with every value spelled out, as answered and stored. */
    public static ObjectNode body(PolicyVersion v) {
        ObjectNode node = MAPPER.createObjectNode()
                .put("effective_from", v.effectiveFrom().toString());
        ObjectNode sla = node.putObject("sla")
                .put("first_response", SlaDurations.format(v.sla().firstResponse()))
                .put("breakpoint_stay", SlaDurations.format(v.sla().breakpointStay()));
        ObjectNode resolution = sla.putObject("resolution");
        for (Priority p : Priority.values()) {
            resolution.put(p.name(), SlaDurations.format(v.sla().resolutionOf(p)));
        }
        WorkingCalendar calendar = v.sla().calendar();
        if (!calendar.always()) {
            sla.put("hours", calendar.hours().toString());
            if (!calendar.holidays().isEmpty()) {
                sla.put("holidays", dates(calendar.holidays()));
            }
            if (!calendar.workdays().isEmpty()) {
                sla.put("workdays", dates(calendar.workdays()));
            }
        }
        ObjectNode healthy = node.putObject("healthy");
        for (Indicator indicator : Indicator.values()) {
            Healthy h = v.healthyOf(indicator);
            if (h.threshold() != null) {
                healthy.put(indicator.code(), h.when() + h.threshold());
            }
        }
        node.set("webhooks", PolicyWebhooks.write(v.webhooks(), w -> w.url().toString()));
        return node;
    }

    /** A policy as {@link #body} wrote it, as the API answers it: the webhooks' secrets masked. */
    public static ObjectNode answered(ObjectNode body) {
        ObjectNode answered = body.deepCopy();
        if (body.get("webhooks") != null) {
            List<Webhook> webhooks = PolicyWebhooks.read(body.get("webhooks"), List.of(), new ArrayList<>());
            answered.set("webhooks", PolicyWebhooks.write(webhooks, Webhook::masked));
        }
        return answered;
    }

    /** The topic's value: every version of the tenant's policy, each with its adoption. */
    public static String message(String tenantId, List<PolicyVersion> versions) {
        ObjectNode node = MAPPER.createObjectNode().put("tenant_id", tenantId);
        ArrayNode all = node.putArray("versions");
        for (PolicyVersion v : versions) {
            ObjectNode version = MAPPER.createObjectNode()
                    .put("version", v.version())
                    .put("adopted_at", v.adoptedAt().toString())
                    .put("adopted_by", v.adoptedBy())
                    .put("zone", v.sla().calendar().zone().getId());
            version.setAll(body(v));
            all.add(version);
        }
        return node.toString();
    }

    /** Reads a topic value back; IllegalArgumentException naming the problem when it is not one. */
    public static PolicyHistory read(String message) {
        JsonNode node;
        try {
            node = MAPPER.readTree(message);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a " + TOPIC + " message is not JSON");
        }
        if (node == null
                || !node.path("tenant_id").isTextual()
                || !node.path("versions").isArray()) {
            throw new IllegalArgumentException("a " + TOPIC + " message has a tenant_id and versions");
        }
        List<PolicyVersion> versions = new ArrayList<>();
        for (JsonNode v : node.get("versions")) {
            ObjectNode body = v.deepCopy();
            long version = body.path("version").asLong();
            Instant adoptedAt = Instant.parse(body.path("adopted_at").asText());
            String by = body.path("adopted_by").asText();
            ZoneId zone = ZoneId.of(body.path("zone").asText("UTC"));
            body.remove(List.of("version", "adopted_at", "adopted_by", "zone"));
            switch (parse(body, zone)) {
                case Checked.Valid valid ->
                    versions.add(new PolicyVersion(
                            version,
                            valid.effectiveFrom(),
                            adoptedAt,
                            by,
                            valid.sla(),
                            valid.healthy(),
                            valid.webhooks()));
                case Checked.Invalid invalid ->
                    throw new IllegalArgumentException(
                            "version " + version + ": " + String.join("; ", invalid.problems()));
            }
        }
        return new PolicyHistory(node.get("tenant_id").asText(), versions);
    }

    private static Instant effectiveFrom(JsonNode value, ZoneId zone, List<String> problems) {
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asText();
        try {
            return text.length() == 10
                    ? LocalDate.parse(text).atStartOfDay(zone).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            problems.add("effective_from must be a day (2026-12-03) or a moment with its offset"
                    + " (2026-12-03T08:00:00+08:00), not '" + text + "'");
            return null;
        }
    }

    private static SlaPolicy sla(JsonNode sla, ZoneId zone, List<String> problems) {
        SlaPolicy policy = SlaPolicy.DEFAULT;
        if (sla == null || sla.isNull()) {
            return policy;
        }
        if (!sla.isObject()) {
            problems.add("sla must be an object of first_response, breakpoint_stay and resolution");
            return policy;
        }
        unknown(sla, SLA, "sla.", problems);
        var firstResponse = duration(sla.get("first_response"), "sla.first_response", problems);
        if (firstResponse != null) {
            policy = policy.withFirstResponse(firstResponse);
        }
        var stay = duration(sla.get("breakpoint_stay"), "sla.breakpoint_stay", problems);
        if (stay != null) {
            policy = policy.withBreakpointStay(stay);
        }
        policy = resolution(sla.get("resolution"), policy, problems);
        WorkingCalendar calendar = calendar(sla, zone, problems);
        if (calendar != null) {
            try {
                policy = policy.withCalendar(calendar);
            } catch (IllegalArgumentException e) {
                problems.add("sla: " + e.getMessage());
            }
        }
        return policy;
    }

    private static SlaPolicy resolution(JsonNode resolution, SlaPolicy levels, List<String> problems) {
        SlaPolicy policy = levels;
        if (resolution != null && !resolution.isNull()) {
            if (!resolution.isObject()) {
                problems.add("sla.resolution must be an object of priorities P1..P4 and durations");
                return policy;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = resolution.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                Priority priority = priority(field.getKey());
                if (priority == null) {
                    problems.add("sla.resolution." + field.getKey() + " is not a priority (P1, P2, P3, P4)");
                    continue;
                }
                var d = duration(field.getValue(), "sla.resolution." + field.getKey(), problems);
                if (d != null) {
                    policy = policy.withResolution(priority, d);
                }
            }
        }
        return policy;
    }

    /** The business hours with their holidays and make-up days; null for 24x7 or when they have a problem. */
    private static WorkingCalendar calendar(JsonNode sla, ZoneId zone, List<String> problems) {
        String hours = text(sla.get("hours"), "sla.hours", problems);
        String holidays = text(sla.get("holidays"), "sla.holidays", problems);
        String workdays = text(sla.get("workdays"), "sla.workdays", problems);
        if (hours == null) {
            if (holidays != null || workdays != null) {
                problems.add("sla.holidays and sla.workdays need sla.hours, the business hours they change"
                        + " (MON-SUN 00:00-24:00 for round the clock)");
            }
            return null;
        }
        try {
            WorkingCalendar calendar = WorkingCalendar.of(zone, WorkingHours.parse(hours));
            if (holidays != null) {
                calendar = calendar.withHolidays(WorkingCalendar.parseDates(holidays));
            }
            return workdays == null ? calendar : calendar.withWorkdays(WorkingCalendar.parseDates(workdays));
        } catch (IllegalArgumentException e) {
            problems.add("sla calendar: " + e.getMessage());
            return null;
        }
    }

    private static String text(JsonNode value, String where, List<String> problems) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(where + " must be a text");
            return null;
        }
        return value.asText();
    }

    private static String dates(List<LocalDate> days) {
        return days.stream().map(LocalDate::toString).collect(Collectors.joining(","));
    }

    private static Map<Indicator, Healthy> healthy(JsonNode healthy, List<String> problems) {
        Map<Indicator, Healthy> read = new EnumMap<>(Indicator.class);
        if (healthy == null || healthy.isNull()) {
            return read;
        }
        if (!healthy.isObject()) {
            problems.add("healthy must be an object of indicator codes and thresholds");
            return read;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = healthy.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            Indicator indicator = indicator(field.getKey());
            if (indicator == null) {
                problems.add("healthy." + field.getKey() + " is not an indicator (" + CODES + ")");
                continue;
            }
            JsonNode value = field.getValue();
            if (!value.isNumber() && !value.isTextual()) {
                problems.add("healthy." + field.getKey() + " must be a number or a text such as \"<=0.1\"");
                continue;
            }
            try {
                read.put(indicator, Healthy.parse(value.asText(), indicator));
            } catch (IllegalArgumentException e) {
                problems.add("healthy." + field.getKey() + ": " + e.getMessage());
            }
        }
        return read;
    }

    private static java.time.Duration duration(JsonNode value, String where, List<String> problems) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(where + " must be a text such as \"4h\", \"90m\" or \"3d\"");
            return null;
        }
        try {
            return SlaDurations.parse(value.asText());
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + e.getMessage());
            return null;
        }
    }

    private static void unknown(JsonNode object, Set<String> known, String prefix, List<String> problems) {
        object.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                problems.add(prefix + name + " is not a policy field ("
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        });
    }

    private static Priority priority(String name) {
        for (Priority p : Priority.values()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    private static Indicator indicator(String code) {
        for (Indicator i : Indicator.values()) {
            if (i.code().equals(code)) {
                return i;
            }
        }
        return null;
    }
}
