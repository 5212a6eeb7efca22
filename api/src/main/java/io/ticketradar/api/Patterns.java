package io.ticketradar.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.FailurePatterns;
import io.ticketradar.warehouse.tables.PatternFeedback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's failure patterns as stored: {@code failure_patterns FINAL} (the detector's newest description of each)
 * left-joined with {@code pattern_feedback FINAL} (people's newest decision), read and filtered in the warehouse so
 * that paging and totals see the statuses people set.
 */
final class Patterns {

    /** Every status a pattern can have, in its life's order; dismissed is set by people. */
    static final List<String> STATUSES = List.of("emerging", "active", "fading", "resolved", "dismissed");
    /** The statuses whose hints dispatch should see. */
    static final List<String> LIVE = List.of("emerging", "active");

    private static final Logger LOG = LoggerFactory.getLogger(Patterns.class);

    // Unmatched feedback columns take their types' defaults (join_use_nulls is off): '' ids, false flags, NULL for
    // the Nullable opportunity override, so "no decision" needs no NULL handling.
    private static final String JOINED = """
            SELECT p.pattern_id AS id, if(f.dismissed, 'dismissed', p.status) AS effective_status,
                   p.detected_on AS detected_on, p.onset_estimate AS onset_estimate,
                   p.last_flagged_on AS last_flagged_on, p.evaluated_at AS evaluated_at,
                   p.defining_codes AS defining_codes, p.observed AS observed, p.expected AS expected,
                   p.ratio AS ratio, p.p_value AS p_value, p.window_days AS window_days, p.support AS support,
                   p.co_occurring AS co_occurring, p.title_zh AS title_zh, p.title_en AS title_en,
                   p.description_zh AS description_zh, p.description_en AS description_en,
                   p.example_tickets AS example_tickets, p.daily AS daily, p.hints AS hints,
                   toBool(ifNull(f.opportunity, p.opportunity)) AS effective_opportunity,
                   p.opportunity_reason AS opportunity_reason,
                   toBool(f.pattern_id != '') AS has_feedback, f.confirmed AS confirmed, f.dismissed AS dismissed,
                   f.dismiss_reason AS dismiss_reason, f.opportunity AS opportunity_override,
                   f.opportunity_reason AS opportunity_reason_typed, f.note AS note,
                   f.updated_by AS updated_by, f.updated_at AS updated_at, f.version AS feedback_version
            FROM (SELECT * FROM %s FINAL WHERE tenant_id = ?) AS p
            LEFT JOIN (SELECT * FROM %s FINAL WHERE tenant_id = ?) AS f ON f.pattern_id = p.pattern_id""".formatted(FailurePatterns.TABLE, PatternFeedback.TABLE);

    private final Warehouse warehouse;
    private final ObjectMapper mapper;

    Patterns(Warehouse warehouse, ObjectMapper mapper) {
        this.warehouse = warehouse;
        this.mapper = mapper;
    }

    /**
     * Which patterns to read; every part is optional (null: any). Start from {@link #all()}.
     *
     * @param statuses    effective statuses (after people's decisions)
     * @param opportunity the effective opportunity tag
     * @param amongCodes  only patterns all of whose defining codes are among these
     * @param id          one pattern
     * @param detectedOn  only patterns first flagged on this tenant day
     */
    record Filter(
            List<String> statuses, Boolean opportunity, List<String> amongCodes, String id, LocalDate detectedOn) {

        static Filter all() {
            return new Filter(null, null, null, null, null);
        }

        Filter withStatuses(List<String> only) {
            return new Filter(only, opportunity, amongCodes, id, detectedOn);
        }

        Filter withOpportunity(Boolean tagged) {
            return new Filter(statuses, tagged, amongCodes, id, detectedOn);
        }

        Filter withCodesAmong(List<String> codes) {
            return new Filter(statuses, opportunity, codes, id, detectedOn);
        }

        Filter withId(String only) {
            return new Filter(statuses, opportunity, amongCodes, only, detectedOn);
        }

        Filter withDetectedOn(LocalDate day) {
            return new Filter(statuses, opportunity, amongCodes, id, day);
        }

        private String where(List<Object> args) {
            List<String> conditions = new ArrayList<>();
            if (statuses != null) {
                conditions.add("has(?, effective_status)");
                args.add(statuses);
            }
            if (opportunity != null) {
                conditions.add("effective_opportunity = ?");
                args.add(opportunity);
            }
            if (amongCodes != null) {
                conditions.add("notEmpty(defining_codes) AND hasAll(?, defining_codes)");
                args.add(amongCodes);
            }
            if (id != null) {
                conditions.add("id = ?");
                args.add(id);
            }
            if (detectedOn != null) {
                conditions.add("detected_on = ?");
                args.add(detectedOn);
            }
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }
    }

    /** The matching patterns, newest detected first. */
    List<PatternView> list(String tenant, Filter filter, Page page) {
        List<Object> args = new ArrayList<>(List.of(tenant, tenant));
        String sql = "SELECT * FROM (" + JOINED + ")" + filter.where(args)
                + " ORDER BY detected_on DESC, evaluated_at DESC, id" + Page.SQL;
        args.add(page.limit());
        args.add(page.offset());
        return warehouse.query(sql, args.toArray()).stream().map(this::view).toList();
    }

    long count(String tenant, Filter filter) {
        List<Object> args = new ArrayList<>(List.of(tenant, tenant));
        String sql = "SELECT count() AS total FROM (" + JOINED + ")" + filter.where(args);
        return (Long) warehouse.query(sql, args.toArray()).getFirst().get("total");
    }

    Optional<PatternView> find(String tenant, String id) {
        return list(tenant, Filter.all().withId(id), new Page(1, 0)).stream().findFirst();
    }

    /** The newest decision about a pattern of the tenant, empty when the tenant has no such pattern. */
    Optional<PatternDecision> decision(String tenant, String id) {
        List<Object> args = new ArrayList<>(List.of(tenant, tenant));
        String sql = "SELECT * FROM (" + JOINED + ")" + Filter.all().withId(id).where(args);
        return warehouse.query(sql, args.toArray()).stream()
                .findFirst()
                .map(row -> (Boolean) row.get("has_feedback")
                        ? new PatternDecision(
                                tenant,
                                id,
                                (Boolean) row.get("confirmed"),
                                (Boolean) row.get("dismissed"),
                                (String) row.get("dismiss_reason"),
                                (Boolean) row.get("opportunity_override"),
                                (String) row.get("opportunity_reason_typed"),
                                (String) row.get("note"),
                                (String) row.get("updated_by"),
                                WarehouseValues.instant(row.get("updated_at")),
                                (Long) row.get("feedback_version"))
                        : PatternDecision.none(tenant, id));
    }

    void save(PatternDecision decision) {
        warehouse.insertJsonRows(PatternFeedback.TABLE, List.of(decision.warehouseRow()));
    }

    @SuppressWarnings("unchecked")
    private PatternView view(Map<String, Object> row) {
        String id = (String) row.get("id");
        boolean hasFeedback = (Boolean) row.get("has_feedback");
        return new PatternView(
                id,
                (String) row.get("effective_status"),
                (String) row.get("detected_on"),
                (String) row.get("onset_estimate"),
                (String) row.get("last_flagged_on"),
                WarehouseValues.utcInstant(row.get("evaluated_at")),
                ((List<String>) row.get("defining_codes"))
                        .stream().map(PatternView.Code::of).toList(),
                (Long) row.get("observed"),
                WarehouseValues.decimal(row.get("expected")),
                WarehouseValues.decimal(row.get("ratio")),
                WarehouseValues.decimal(row.get("p_value")),
                (Long) row.get("window_days"),
                (Long) row.get("support"),
                new PatternView.Texts((String) row.get("title_zh"), (String) row.get("title_en")),
                new PatternView.Texts((String) row.get("description_zh"), (String) row.get("description_en")),
                json(id, "co_occurring", row, mapper.createArrayNode()),
                (List<String>) row.get("example_tickets"),
                json(id, "daily", row, mapper.createArrayNode()),
                json(id, "hints", row, mapper.createObjectNode()),
                (Boolean) row.get("effective_opportunity"),
                PatternView.opportunityBy(
                        (Boolean) row.get("effective_opportunity"), (Boolean) row.get("opportunity_override")),
                (String) row.get("opportunity_reason"),
                PatternView.accessoryOf((String) row.get("opportunity_reason")),
                new PatternView.Feedback(
                        hasFeedback && (Boolean) row.get("confirmed"),
                        hasFeedback && (Boolean) row.get("dismissed"),
                        WarehouseValues.emptyToNull((String) row.get("dismiss_reason")),
                        (Boolean) row.get("opportunity_override"),
                        WarehouseValues.emptyToNull((String) row.get("opportunity_reason_typed")),
                        WarehouseValues.emptyToNull((String) row.get("note")),
                        hasFeedback ? WarehouseValues.utcInstant(row.get("updated_at")) : null));
    }

    /**
     * A JSON column parsed; empty text is the column's empty value. Text that is not JSON is the detector's bug:
     * logged, and shown as null, so one bad row does not take the whole list down.
     */
    private JsonNode json(String id, String column, Map<String, Object> row, JsonNode empty) {
        String text = (String) row.get(column);
        if (text == null || text.isBlank()) {
            return empty;
        }
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            LOG.warn("failure_patterns.{} of pattern {} is not JSON: {}", column, id, e.getOriginalMessage());
            return null;
        }
    }
}
