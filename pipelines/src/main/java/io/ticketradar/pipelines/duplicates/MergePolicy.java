package io.ticketradar.pipelines.duplicates;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the product does with duplicates it finds for a tenant (DOMAIN.md §6): suggest the merge, or merge. */
public enum MergePolicy {
    /** A merge suggestion for a person to accept or reject; the default. */
    SUGGEST,
    /** TICKET_MERGED at once, into the earliest open ticket of the group. */
    MERGE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the allowed codes */
    public static MergePolicy of(String code) {
        return Arrays.stream(values())
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not a duplicate policy: use "
                        + Arrays.stream(values()).map(MergePolicy::code).collect(Collectors.joining(" or "))));
    }
}
