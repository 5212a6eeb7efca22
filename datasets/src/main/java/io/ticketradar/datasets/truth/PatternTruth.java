package io.ticketradar.datasets.truth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.datasets.generate.ActivePattern;
import io.ticketradar.datasets.scenario.PatternSpec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One injected pattern in one tenant: its defining features, its tickets, and its share of its slice day by day. */
final class PatternTruth {
    private final ActivePattern pattern;
    private final List<String> tickets = new ArrayList<>();
    /** day -> {slice tickets, pattern tickets among them, tickets of the pattern's fault among them}. */
    private final Map<LocalDate, int[]> daily = new TreeMap<>();

    private int sliceInFullSwing;
    private int hitsInFullSwing;
    private int sliceBeforeOnset;
    private int hitsBeforeOnset;

    PatternTruth(ActivePattern pattern) {
        this.pattern = pattern;
    }

    void add(TicketTruth t) {
        String id = pattern.spec().id();
        boolean hit = id.equals(t.patternId());
        if (hit) {
            tickets.add(t.ticketId());
        }
        if (!t.patternSlices().contains(id)) {
            return;
        }
        int[] day = daily.computeIfAbsent(t.cohortDay(), d -> new int[3]);
        day[0]++;
        day[1] += hit ? 1 : 0;
        day[2] += pattern.spec().fault().equals(t.faultCode()) ? 1 : 0;
        if (pattern.inFullSwing(t.createdAt())) {
            sliceInFullSwing++;
            hitsInFullSwing += hit ? 1 : 0;
        } else if (!pattern.started(t.createdAt())) {
            sliceBeforeOnset++;
            hitsBeforeOnset += hit ? 1 : 0;
        }
    }

    ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        PatternSpec spec = pattern.spec();
        ObjectNode node = Json.head(spec.id(), spec.kind().code(), spec.nameZh(), spec.nameEn())
                .put("onset", pattern.onset().toString())
                .put("onset_day", pattern.onsetDay().toString())
                .put("ramp_days", spec.rampDays());
        if (pattern.until() != null) {
            node.put("until", pattern.until().toString());
        }
        if (pattern.patchReleased() != null) {
            node.put("patch_released", pattern.patchReleased().toString())
                    .put("patch_version", spec.patch().version());
        }
        ObjectNode features = node.putObject("features").put("fault_code", spec.fault());
        features.set("slice", Json.tree(spec.slice()));
        features.set("devices", Json.tree(spec.devices()));
        features.set("symptoms", Json.tree(spec.symptoms()));
        features.put("root_cause", spec.rootCause());
        features.set("photo_labels", Json.tree(spec.photoLabels()));
        node.put("baseline_share", spec.baselineShare()).put("target_share", spec.targetShare());
        ObjectNode realised = node.putObject("realised");
        realised.put("slice_tickets_before_onset", sliceBeforeOnset)
                .put("pattern_tickets_before_onset", hitsBeforeOnset)
                .put("share_before_onset", share(hitsBeforeOnset, sliceBeforeOnset))
                .put("slice_tickets_at_target", sliceInFullSwing)
                .put("pattern_tickets_at_target", hitsInFullSwing)
                .put("share_at_target", share(hitsInFullSwing, sliceInFullSwing));
        ArrayNode days = node.putArray("daily");
        daily.forEach((day, c) -> days.add(f.objectNode()
                .put("day", day.toString())
                .put("slice_tickets", c[0])
                .put("pattern_tickets", c[1])
                .put("fault_tickets", c[2])));
        ArrayNode ids = node.putArray("tickets");
        tickets.forEach(ids::add);
        return node;
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : Tally.round((double) part / whole);
    }
}
