package io.ticketradar.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.ticketradar.api.Digest.AlertItem;
import io.ticketradar.api.Digest.Figure;
import io.ticketradar.api.Digest.PatternItem;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.Alerts;
import io.ticketradar.warehouse.tables.HealthIndicators;
import io.ticketradar.warehouse.tables.IndicatorCode;
import io.ticketradar.warehouse.tables.Regions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a tenant's {@link Digest} from the warehouse: the same tables, and the same readers, as the API's routes. */
public final class Digests {

    /** The three health indicators of DOMAIN.md §4, in the order the wall screen shows them. */
    public static final List<String> HEALTH = codes(
            IndicatorCode.FIRST_RESPONSE_COMPLIANCE,
            IndicatorCode.BREAKPOINT_RATE,
            IndicatorCode.RECURRENCE_SUPPRESSION);
    /** Backlog per stage, then overall. */
    public static final List<String> BACKLOG = codes(
            IndicatorCode.BACKLOG_CS,
            IndicatorCode.BACKLOG_TECH,
            IndicatorCode.BACKLOG_PARTS,
            IndicatorCode.BACKLOG_FIELD,
            IndicatorCode.BACKLOG);

    /** Movers listed; a digest is read at a glance. */
    static final int MOVERS = 5;
    /** New patterns and alerts listed. */
    static final int ITEMS = 5;
    /** Figures over fewer tickets than this on either day are noise, not movement. */
    static final double MIN_DENOMINATOR = 5;

    private static final String INDICATORS = """
            SELECT day, region, %s FROM %s FINAL
            WHERE tenant_id = ? AND day >= ? AND day <= ? AND engineer_id = ''""".formatted(IndicatorView.COLUMNS, HealthIndicators.TABLE);
    private static final String ALERTS = """
            SELECT alert_id, kind, raised_at, day, title, detail FROM %s FINAL
            WHERE tenant_id = ? AND day <= ?
            ORDER BY raised_at, alert_id""".formatted(Alerts.TABLE);
    private static final List<String> NOT_DISMISSED = Patterns.STATUSES.stream()
            .filter(status -> !status.equals("dismissed"))
            .toList();

    private final Warehouse warehouse;
    private final Patterns patterns;
    private final DownloadLinks links;

    /** @param links signs the digest's download link: the same key as the API server's that will serve it */
    public Digests(Warehouse warehouse, DownloadLinks links) {
        this.warehouse = warehouse;
        this.patterns = new Patterns(warehouse, mapper());
        this.links = links;
    }

    private static List<String> codes(IndicatorCode... indicators) {
        return Arrays.stream(indicators).map(IndicatorCode::code).toList();
    }

    /** The JSON form of a digest, snake_case like every API answer. */
    public static ObjectMapper mapper() {
        return new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    }

    /**
     * @param date    the morning the digest is for; it covers the day before
     * @param baseUrl where people open TicketRadar ({@code http://host:7070}), for the links
     */
    public Digest read(String tenant, LocalDate date, String baseUrl) {
        LocalDate covers = date.minusDays(1);
        LocalDate compared = date.minusDays(2);
        Map<String, IndicatorView> today = new HashMap<>();
        Map<String, IndicatorView> before = new HashMap<>();
        for (Map<String, Object> row : warehouse.query(INDICATORS, tenant, compared, covers)) {
            String region = (String) row.get("region");
            String key = key((String) row.get("indicator"), region);
            (covers.toString().equals(row.get("day")) ? today : before).put(key, IndicatorView.of(row));
        }
        List<Figure> health = HEALTH.stream()
                .map(code -> figure(code, Regions.ALL, today, before))
                .toList();
        List<Figure> backlog = BACKLOG.stream()
                .map(code -> figure(code, Regions.ALL, today, before))
                .toList();
        DownloadLinks.Link csv = links.indicatorsCsv(baseUrl, tenant, covers, covers);
        return new Digest(
                tenant,
                date.toString(),
                covers.toString(),
                compared.toString(),
                health,
                movers(today, before),
                openAlerts(tenant, covers),
                newPatterns(tenant, covers),
                backlog,
                new Digest.Links(baseUrl + "/wall", csv.url(), csv.expires().toString()));
    }

    private static String key(String indicator, String region) {
        return indicator + "\u0000" + region;
    }

    private static Figure figure(
            String indicator, String region, Map<String, IndicatorView> today, Map<String, IndicatorView> before) {
        IndicatorView now = today.get(key(indicator, region));
        IndicatorView then = before.get(key(indicator, region));
        Double value = now == null ? null : now.value();
        Double previous = then == null ? null : then.value();
        IndicatorView known = now != null ? now : then;
        return new Figure(
                indicator,
                region,
                value,
                previous,
                value == null || previous == null ? null : value - previous,
                known == null ? null : known.unit(),
                known == null ? null : known.healthyWhen(),
                known == null ? null : known.healthyThreshold(),
                now == null ? null : now.met());
    }

    /**
     * Every indicator of every region known on both days, but the health indicators overall (already shown) and
     * backlog (shown by stage), ranked by how much it moved relative to the larger of its two values, so a doubling
     * outranks a small shift whatever the unit. Figures over fewer than {@value #MIN_DENOMINATOR} tickets are left
     * out.
     */
    private static List<Figure> movers(Map<String, IndicatorView> today, Map<String, IndicatorView> before) {
        List<Figure> candidates = new ArrayList<>();
        for (String key : today.keySet()) {
            String indicator = key.substring(0, key.indexOf('\u0000'));
            String region = key.substring(key.indexOf('\u0000') + 1);
            boolean shown = BACKLOG.contains(indicator) || (HEALTH.contains(indicator) && region.equals(Regions.ALL));
            IndicatorView now = today.get(key);
            IndicatorView then = before.get(key);
            if (shown || then == null || now.value() == null || then.value() == null) {
                continue;
            }
            if (now.denominator() < MIN_DENOMINATOR || then.denominator() < MIN_DENOMINATOR) {
                continue;
            }
            if (!now.value().equals(then.value())) {
                candidates.add(figure(indicator, region, today, before));
            }
        }
        return candidates.stream()
                .sorted(Comparator.comparingDouble(Digests::movement)
                        .reversed()
                        .thenComparing(Figure::indicator)
                        .thenComparing(Figure::region))
                .limit(MOVERS)
                .toList();
    }

    private static double movement(Figure f) {
        return Math.abs(f.change()) / Math.max(Math.abs(f.value()), Math.abs(f.previous()));
    }

    /**
     * Circuit breakers opened on or before {@code covers} and not closed since (a CIRCUIT_CLOSED closes the open one),
     * and alerts of other kinds raised on {@code covers}.
     */
    private List<AlertItem> openAlerts(String tenant, LocalDate covers) {
        Map<String, AlertItem> open = new LinkedHashMap<>();
        AlertItem circuit = null;
        for (Map<String, Object> row : warehouse.query(ALERTS, tenant, covers)) {
            AlertItem alert = new AlertItem(
                    (String) row.get("alert_id"),
                    (String) row.get("kind"),
                    WarehouseValues.utcInstant(row.get("raised_at")),
                    (String) row.get("day"),
                    (String) row.get("title"),
                    (String) row.get("detail"));
            switch (alert.kind()) {
                case "CIRCUIT_OPEN" -> circuit = alert;
                case "CIRCUIT_CLOSED" -> circuit = null;
                default -> {
                    if (alert.day().equals(covers.toString())) {
                        open.put(alert.alertId(), alert);
                    }
                }
            }
        }
        List<AlertItem> items = new ArrayList<>();
        if (circuit != null) {
            items.add(circuit);
        }
        open.values().stream().limit(ITEMS).forEach(items::add);
        return items;
    }

    private List<PatternItem> newPatterns(String tenant, LocalDate covers) {
        Patterns.Filter filter =
                Patterns.Filter.all().withStatuses(NOT_DISMISSED).withDetectedOn(covers);
        return patterns.list(tenant, filter, new Page(ITEMS, 0)).stream()
                .map(p -> new PatternItem(
                        p.id(),
                        p.status(),
                        p.title().zh(),
                        p.title().en(),
                        p.description().zh(),
                        p.description().en(),
                        p.observed(),
                        p.expected(),
                        p.ratio()))
                .toList();
    }
}
