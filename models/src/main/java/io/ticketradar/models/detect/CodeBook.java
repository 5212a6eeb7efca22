package io.ticketradar.models.detect;

import io.ticketradar.models.cases.Code;
import io.ticketradar.models.cases.CodeKind;
import io.ticketradar.models.cases.TemperatureCodes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The codes one tenant's cases use, numbered from 1 ({@link #ALL}, 0, is the empty context: every case), and for
 * each context code the broader context a new one starts from: a firmware version or a batch within its product
 * model, a site within its region, a cold or hot threshold within the next milder one. A context the detector has
 * never seen before (a new firmware, a new site, the first frost) is then expected to behave like its broader
 * context, not like the tenant as a whole, which would make every new firmware of a product look like a burst of
 * that product's faults.
 */
final class CodeBook {

    static final int ALL = 0;
    private static final String MARKER = "*";
    /** The share of a code's cases that must carry one broader code for it to be that code's child. */
    private static final double DOMINANT = 0.95;

    private final Map<Code, Integer> ids = new HashMap<>();
    /** One instance of each code the cases carry (descriptive ones too), so cases share their codes. */
    private final Map<Code, Code> canonical = new HashMap<>();

    private final List<Code> codes = new ArrayList<>();
    private final List<Integer> parents = new ArrayList<>();
    /** child code -> broader code -> cases seen with both. */
    private final Map<Integer, Map<Integer, Integer>> seenWith = new HashMap<>();

    CodeBook() {
        codes.add(null);
        parents.add(ALL);
    }

    int id(Code code) {
        Integer id = ids.get(code);
        if (id != null) {
            return id;
        }
        int next = codes.size();
        ids.put(code, next);
        codes.add(code);
        parents.add(ALL);
        if (code.kind() == CodeKind.TEMP && !isMarker(code)) {
            String broader = TemperatureCodes.broader(code.value());
            parents.set(next, broader == null ? ALL : id(Code.of(CodeKind.TEMP, broader)));
        }
        return next;
    }

    /** The one instance of a code the tenant's cases share. */
    Code canonical(Code code) {
        return canonical.computeIfAbsent(code, c -> c);
    }

    /**
     * The marker context every case that tells a kind carries ({@code temp:*}: the ambient temperature was reported):
     * it counts how many of a finding's cases could carry a code of that kind at all. Never tested or reported.
     */
    static Code knownMarker(CodeKind kind) {
        return Code.of(kind, MARKER);
    }

    boolean isMarker(int id) {
        return id != ALL && isMarker(codes.get(id));
    }

    private static boolean isMarker(Code code) {
        return MARKER.equals(code.value());
    }

    /** The id of a code already seen, or -1. */
    int find(Code code) {
        return ids.getOrDefault(code, -1);
    }

    Code code(int id) {
        return codes.get(id);
    }

    CodeKind kind(int id) {
        return codes.get(id).kind();
    }

    int parent(int id) {
        return parents.get(id);
    }

    /** Learns a case's hierarchy: its firmware and batch belong to its model, its site to its region. */
    /**
     * Learns a case's hierarchy: its firmware and batch belong to its model, its site to its region, when (nearly)
     * all the cases seen with them say so (a firmware version shared by two models belongs to neither).
     */
    void learnParents(int model, int region, int firmware, int batch, int site) {
        observe(firmware, model);
        observe(batch, model);
        observe(site, region);
    }

    private void observe(int child, int parent) {
        if (child <= 0 || parent <= 0) {
            return;
        }
        Map<Integer, Integer> seen = seenWith.computeIfAbsent(child, c -> new HashMap<>(4));
        seen.merge(parent, 1, Integer::sum);
        int total = seen.values().stream().mapToInt(Integer::intValue).sum();
        Map.Entry<Integer, Integer> top =
                seen.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        parents.set(child, top.getValue() >= DOMINANT * total ? top.getKey() : ALL);
    }
}
