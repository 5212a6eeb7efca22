package io.ticketradar.models.explain;

import io.ticketradar.models.cases.FailureCase;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What dispatch should know about a pattern's next ticket (DOMAIN.md §7): the technical teams that handled its
 * cases, the parts its repairs used, the root causes the engineers found (the knowledge entry) and how they were
 * resolved, each the most common first.
 *
 * @param teams      technical teams, most cases first
 * @param parts      parts used in at least {@link #PART_SHARE} of the repaired cases
 * @param rootCauses root causes found, most common first
 * @param resolution the most common resolution code, null when none is known yet
 */
public record DispatchHints(List<String> teams, List<String> parts, List<String> rootCauses, String resolution) {

    static final double PART_SHARE = 0.3;
    private static final int TOP = 3;
    /** Most frequent first, ties in name order so that the same cases always give the same hints. */
    private static final Comparator<Map.Entry<String, Integer>> MOST_FIRST =
            Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    public DispatchHints {
        teams = List.copyOf(teams);
        parts = List.copyOf(parts);
        rootCauses = List.copyOf(rootCauses);
    }

    public static DispatchHints of(List<FailureCase> cases) {
        List<FailureCase> repaired = cases.stream().filter(c -> c.repairs() > 0).toList();
        Map<String, Integer> parts =
                counts(repaired.stream().flatMap(c -> c.parts().stream()).toList());
        List<String> common = parts.entrySet().stream()
                .filter(e -> e.getValue() >= PART_SHARE * repaired.size())
                .sorted(MOST_FIRST)
                .map(Map.Entry::getKey)
                .toList();
        List<String> resolutions =
                top(cases.stream().map(FailureCase::resolution).toList(), 1);
        return new DispatchHints(
                top(cases.stream().map(FailureCase::techTeam).toList(), TOP),
                common,
                top(cases.stream().map(FailureCase::rootCause).toList(), TOP),
                resolutions.isEmpty() ? null : resolutions.getFirst());
    }

    private static List<String> top(Collection<String> values, int n) {
        return counts(values).entrySet().stream()
                .sorted(MOST_FIRST)
                .limit(n)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static Map<String, Integer> counts(Collection<String> values) {
        Map<String, Integer> counts = new HashMap<>();
        values.stream().filter(Objects::nonNull).forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts;
    }

    /** Whether there is anything to hint yet. */
    public boolean isEmpty() {
        return teams.isEmpty() && parts.isEmpty() && rootCauses.isEmpty() && resolution == null;
    }
}
