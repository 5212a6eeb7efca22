package io.ticketradar.datasets.truth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.datasets.generate.ActiveDecoy;
import io.ticketradar.datasets.generate.ActivePattern;
import io.ticketradar.datasets.world.Region;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The ground truth of one tenant: indicators overall, per day and per region, patterns, duplicates, first-time fixes. */
final class TenantTruth {
    /** Closure times are kept as a histogram of 6-minute bins up to the longest lifecycle (quantiles need no ticket list). */
    private static final double BIN_H = 0.1;

    private final Tally total = new Tally();
    private final Map<LocalDate, Tally> daily = new TreeMap<>();
    private final Map<Region, Tally> byRegion = new EnumMap<>(Region.class);
    private final Map<String, int[]> firstTimeFix = new TreeMap<>();
    private final Map<String, List<String>> duplicateGroups = new LinkedHashMap<>();
    private final Map<String, PatternTruth> patterns = new LinkedHashMap<>();
    private final List<DecoyTruth> decoys;
    /** DEVICE_REGISTERED sent: when a device became known, and again when its firmware changed. */
    private int devicesRegistered;

    private int firmwareChanges;
    private final int[] closureBins;
    private int recurrenceFollowUps;

    TenantTruth(List<ActivePattern> activePatterns, List<ActiveDecoy> activeDecoys, ZoneId zone, double maxDays) {
        activePatterns.forEach(p -> patterns.put(p.spec().id(), new PatternTruth(p)));
        decoys = activeDecoys.stream().map(d -> new DecoyTruth(d, zone)).toList();
        closureBins = new int[(int) Math.ceil(maxDays * 24 * 4 / BIN_H) + 1];
    }

    void add(TicketTruth t) {
        total.add(t);
        daily.computeIfAbsent(t.cohortDay(), d -> new Tally()).add(t);
        byRegion.computeIfAbsent(t.region(), r -> new Tally()).add(t);
        closureBins[Math.min(closureBins.length - 1, (int) (t.closureHours() / BIN_H))]++;
        if (t.firstFieldEngineerId() != null) {
            int[] counts = firstTimeFix.computeIfAbsent(t.firstFieldEngineerId(), e -> new int[2]);
            counts[0]++;
            counts[1] += t.firstTimeFix() ? 1 : 0;
        }
        if ("duplicate".equals(t.kind())) {
            duplicateGroups
                    .computeIfAbsent(t.relatedTicketId(), first -> new ArrayList<>(List.of(first)))
                    .add(t.ticketId());
        }
        recurrenceFollowUps += "recurrence".equals(t.kind()) ? 1 : 0;
        patterns.values().forEach(p -> p.add(t));
        decoys.forEach(d -> d.add(t));
    }

    void device(int n) {
        if (n == 1) {
            devicesRegistered++;
        } else {
            firmwareChanges++;
        }
    }

    int tickets() {
        return total.tickets;
    }

    ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode node = f.objectNode();
        ObjectNode indicators = total.indicators();
        indicators.put("closure_days_p50", Tally.round(quantileHours(0.5) / 24));
        indicators.put("closure_days_p90", Tally.round(quantileHours(0.9) / 24));
        node.set("indicators", indicators);
        node.set("counts", total.counts().put("recurrence_follow_ups", recurrenceFollowUps));
        ObjectNode regions = node.putObject("by_region");
        byRegion.forEach(
                (region, tally) -> regions.set(region.zh(), tally.counts().setAll(tally.indicators())));
        ArrayNode days = node.putArray("daily");
        daily.forEach((day, tally) ->
                days.add(f.objectNode().put("day", day.toString()).setAll(tally.counts())));
        ObjectNode ftf = node.putObject("first_time_fix_by_engineer");
        firstTimeFix.forEach((engineer, c) ->
                ftf.putObject(engineer).put("field_tickets", c[0]).put("first_time_fix", c[1]));
        ArrayNode patternArray = node.putArray("patterns");
        patterns.values().forEach(p -> patternArray.add(p.toJson()));
        ArrayNode decoyArray = node.putArray("decoys");
        decoys.forEach(d -> decoyArray.add(d.toJson()));
        node.putObject("master_data")
                .put("devices_registered", devicesRegistered)
                .put("firmware_changes", firmwareChanges);
        ArrayNode groups = node.putArray("duplicate_groups");
        duplicateGroups
                .values()
                .forEach(g -> groups.add(
                        f.arrayNode().addAll(g.stream().map(f::textNode).toList())));
        return node;
    }

    private double quantileHours(double q) {
        long target = (long) Math.ceil(q * total.tickets);
        long seen = 0;
        for (int i = 0; i < closureBins.length; i++) {
            seen += closureBins[i];
            if (seen >= target) {
                return (i + 0.5) * BIN_H;
            }
        }
        return closureBins.length * BIN_H;
    }
}
