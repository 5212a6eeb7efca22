package io.ticketradar.datasets.truth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.datasets.generate.ActiveDecoy;
import io.ticketradar.datasets.generate.EffectWindow;
import io.ticketradar.datasets.generate.NewSiteDecoy;
import io.ticketradar.datasets.generate.RateDecoy;
import io.ticketradar.datasets.generate.RolloutDecoy;
import io.ticketradar.datasets.scenario.DecoySpec;
import io.ticketradar.datasets.world.Region;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One decoy in one tenant: when it acted, the group of tickets it moved, and how that group's daily tickets went
 * against the days before it, so an evaluation can tell an alert raised by a decoy from a real pattern.
 */
final class DecoyTruth {
    /** The baseline is the group's days before the decoy, at most this many (the detector's 28-day baseline). */
    private static final int BASELINE_DAYS = 28;

    private final ActiveDecoy decoy;
    private final ZoneId zone;
    /** day -> {group tickets, reference tickets (all, or the product's for a rollout), group's new issues}. */
    private final Map<LocalDate, int[]> daily = new TreeMap<>();
    /** fault -> {in the group, in the rest of the reference} after onset. */
    private final Map<String, int[]> faultMix = new TreeMap<>();

    DecoyTruth(ActiveDecoy decoy, ZoneId zone) {
        this.decoy = decoy;
        this.zone = zone;
    }

    void add(TicketTruth t) {
        boolean reference = decoy.measuredAgainst(t);
        boolean moved = decoy.moves(t);
        int[] day = daily.computeIfAbsent(t.cohortDay(), d -> new int[3]);
        day[0] += moved ? 1 : 0;
        day[1] += reference ? 1 : 0;
        day[2] += moved && "new".equals(t.kind()) ? 1 : 0;
        if (reference
                && !decoy.windows().isEmpty()
                && !t.createdAt().isBefore(decoy.windows().getFirst().onset())) {
            faultMix.computeIfAbsent(t.faultCode(), f -> new int[2])[moved ? 0 : 1]++;
        }
    }

    ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        DecoySpec spec = decoy.spec();
        ObjectNode node = Json.head(spec.id(), spec.kind(), spec.nameZh(), spec.nameEn());
        List<EffectWindow> windows = decoy.windows();
        if (!windows.isEmpty()) {
            EffectWindow first = windows.getFirst();
            node.put("onset", first.onset().toString()).put("onset_day", day(first.onset()));
            if (first.until() != null) {
                node.put("until", first.until().toString()).put("until_day", day(first.until()));
            }
        }
        ArrayNode spans = node.putArray("windows");
        windows.forEach(w -> spans.add(window(w)));
        node.set("group", group());
        ArrayNode days = node.putArray("daily");
        daily.forEach((day, c) -> {
            ObjectNode row = days.addObject()
                    .put("day", day.toString())
                    .put("group_tickets", c[0])
                    .put("group_new_issues", c[2])
                    .put(decoy instanceof RolloutDecoy ? "product_tickets" : "all_tickets", c[1])
                    .put("level", Tally.round(level(noon(day))));
            if (decoy instanceof RolloutDecoy r) {
                row.put(
                        "installed_share",
                        Tally.round(r.installedShare(
                                day.plusDays(1).atStartOfDay(zone).toInstant())));
            }
        });
        node.set("realised", realised());
        if (!(decoy instanceof RateDecoy)) {
            // What a site's or a version's tickets are made of against the rest: the same faults, in proportion.
            ObjectNode mix = node.putObject("fault_mix_since_onset");
            ObjectNode inGroup = mix.putObject("group");
            ObjectNode rest = mix.putObject("rest");
            faultMix.forEach((fault, c) -> {
                inGroup.put(fault, c[0]);
                rest.put(fault, c[1]);
            });
        }
        return node;
    }

    /** The group's tickets a day before the decoy and while in full, and their ratio. */
    private ObjectNode realised() {
        double[] before = new double[3];
        double[] full = new double[3];
        int beforeDays = 0;
        int fullDays = 0;
        Instant firstOnset =
                decoy.windows().isEmpty() ? null : decoy.windows().getFirst().onset();
        List<LocalDate> days = List.copyOf(daily.keySet());
        for (int i = days.size() - 1; i >= 0; i--) {
            LocalDate day = days.get(i);
            int[] c = daily.get(day);
            Instant noon = noon(day);
            if (firstOnset != null && noon.isBefore(firstOnset) && beforeDays < BASELINE_DAYS) {
                before[0] += c[0];
                before[1] += c[1];
                before[2] += c[2];
                beforeDays++;
            } else if (decoy.windows().stream().anyMatch(w -> w.full(noon))) {
                full[0] += c[0];
                full[1] += c[1];
                full[2] += c[2];
                fullDays++;
            }
        }
        ObjectNode node = JsonNodeFactory.instance
                .objectNode()
                .put("baseline_days", beforeDays)
                .put("group_tickets_per_day_before", perDay(before[0], beforeDays))
                .put("full_effect_days", fullDays)
                .put("group_tickets_per_day_in_full", perDay(full[0], fullDays))
                .put("group_share_before", share(before))
                .put("group_share_in_full", share(full));
        if (beforeDays > 0 && before[0] > 0 && fullDays > 0) {
            // All the group's tickets, and its new issues alone: follow-ups of earlier tickets lag a change of rate.
            node.put("ratio", Tally.round((full[0] / fullDays) / (before[0] / beforeDays)))
                    .put("ratio_new_issues", Tally.round((full[2] / fullDays) / (before[2] / beforeDays)));
        }
        if (decoy instanceof RolloutDecoy r && !decoy.windows().isEmpty()) {
            node.put("fleet", r.fleet())
                    .put(
                            "installed_share_at_end_of_rollout",
                            Tally.round(
                                    r.installedShare(decoy.windows().getFirst().fullFrom())));
        }
        return node;
    }

    private ObjectNode group() {
        ObjectNode group = JsonNodeFactory.instance.objectNode();
        switch (decoy) {
            case RateDecoy r -> {
                group.put("factor", r.factor());
                ArrayNode regions = group.putArray("regions");
                r.regions().stream().sorted().map(Region::zh).forEach(regions::add);
            }
            case NewSiteDecoy n ->
                group.put("site_id", n.opening().site().siteId())
                        .put("site_name", n.opening().site().name())
                        .put("region", n.opening().site().region().zh())
                        .put("city", n.opening().site().city().zh())
                        .put("customers", n.opening().customers().size())
                        .put("devices", n.opening().devices().size());
            case RolloutDecoy r -> {
                DecoySpec.FirmwareRollout s = (DecoySpec.FirmwareRollout) r.spec();
                group.put("product_model", s.product())
                        .put("firmware", s.version())
                        .put("share", s.share());
            }
        }
        return group;
    }

    private ObjectNode window(EffectWindow w) {
        ObjectNode node = JsonNodeFactory.instance
                .objectNode()
                .put("onset", w.onset().toString())
                .put("onset_day", day(w.onset()))
                .put("full_from", w.fullFrom().toString());
        if (w.until() != null) {
            node.put("full_until", w.fullUntil().toString())
                    .put("until", w.until().toString())
                    .put("until_day", day(w.until()));
        }
        return node;
    }

    private double level(Instant t) {
        return decoy.windows().stream().mapToDouble(w -> w.level(t)).max().orElse(0);
    }

    private Instant noon(LocalDate day) {
        return day.atTime(12, 0).atZone(zone).toInstant();
    }

    private String day(Instant t) {
        return t.atZone(zone).toLocalDate().toString();
    }

    private static double perDay(double tickets, int days) {
        return days == 0 ? 0 : Tally.round(tickets / days);
    }

    private static double share(double[] counts) {
        return counts[1] == 0 ? 0 : Tally.round(counts[0] / counts[1]);
    }
}
