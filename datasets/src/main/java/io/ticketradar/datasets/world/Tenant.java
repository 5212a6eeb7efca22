package io.ticketradar.datasets.world;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A tenant (one maker) of the product.
 *
 * @param code short upper-case prefix of the tenant's ticket ids, e.g. SAE for suzhou-auto-electronics
 */
public record Tenant(String id, String code) {

    /** Plausible makers for the first tenants; the model customer comes first. Further ones are tenant-07... */
    private static final List<String> KNOWN = List.of(
            "suzhou-auto-electronics",
            "ningbo-ev-powertrain",
            "wuxi-smart-cockpit",
            "hefei-thermal-systems",
            "changzhou-drive-controls",
            "dongguan-power-modules");

    /** The tenants of these ids, each with a code unique among them (initials, then a digit on a clash). */
    public static List<Tenant> of(List<String> ids) {
        Set<String> codes = new HashSet<>();
        List<Tenant> tenants = new ArrayList<>();
        for (String id : ids) {
            if (!id.matches("[a-z0-9][a-z0-9-]*")) {
                throw new IllegalArgumentException("tenant id " + id + ": use lower-case letters, digits and '-'");
            }
            String initials = Arrays.stream(id.split("-"))
                    .filter(p -> !p.isEmpty())
                    .map(p -> p.substring(0, 1))
                    .collect(Collectors.joining())
                    .toUpperCase(Locale.ROOT);
            String code = initials;
            for (int n = 2; !codes.add(code); n++) {
                code = initials + n;
            }
            tenants.add(new Tenant(id, code));
        }
        return List.copyOf(tenants);
    }

    /** The first {@code n} default tenant ids. */
    public static List<String> defaultIds(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> i < KNOWN.size() ? KNOWN.get(i) : "tenant-%02d".formatted(i + 1))
                .toList();
    }
}
