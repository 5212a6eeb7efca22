package io.ticketradar.api;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which tenants each group (集团, e.g. {@code east-china-dealers}) holds, as the tenants file's
 * {@code <tenant>.group} keys say: a tenant is in at most one group. A group token sees its tenants and their
 * roll-ups; a reviewed knowledge entry reaches the other tenants of its source's group. Immutable.
 *
 * @param tenantsByGroup each group's tenants, sorted
 */
public record TenantGroups(Map<String, Set<String>> tenantsByGroup) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public TenantGroups {
        Map<String, Set<String>> copy = new TreeMap<>();
        tenantsByGroup.forEach((group, tenants) -> copy.put(group, Set.copyOf(new TreeSet<>(tenants))));
        tenantsByGroup = Map.copyOf(copy);
    }

    /** No groups: every tenant stands alone. */
    public static TenantGroups none() {
        return new TenantGroups(Map.of());
    }

    /**
     * @param groupByTenant each grouped tenant's group
     * @throws IllegalArgumentException when a group id is not a word of letters, digits, '.', '_' and '-'
     */
    public static TenantGroups of(Map<String, String> groupByTenant) {
        Map<String, Set<String>> byGroup = new TreeMap<>();
        groupByTenant.forEach((tenant, group) -> {
            if (!isGroupId(group)) {
                throw new IllegalArgumentException("group of tenant '" + tenant + "' must be a word of letters,"
                        + " digits, '.', '_' and '-', not '" + group + "'");
            }
            byGroup.computeIfAbsent(group, g -> new TreeSet<>()).add(tenant);
        });
        return new TenantGroups(byGroup);
    }

    /** Whether {@code id} can name a group (it also appears in paths and in the token hash file). */
    public static boolean isGroupId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** The group's tenants, sorted; empty for a group nobody is in. */
    public Set<String> tenantsOf(String group) {
        return new TreeSet<>(tenantsByGroup.getOrDefault(group, Set.of()));
    }

    /** The tenant's group, if it has one. */
    public Optional<String> groupOf(String tenant) {
        return tenantsByGroup.entrySet().stream()
                .filter(e -> e.getValue().contains(tenant))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    public boolean contains(String group, String tenant) {
        return tenantsByGroup.getOrDefault(group, Set.of()).contains(tenant);
    }
}
