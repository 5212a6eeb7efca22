package io.ticketradar.api;

import io.ticketradar.warehouse.Warehouse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each tenant's {@link SourceCoverage}, read from its whole history. A history only grows, so once it has every kind
 * of event an indicator may need and hand-offs between stages, nothing can take them away: from then on the tenant's
 * coverage is kept instead of scanning its events on every indicators request (the wall screens ask every few
 * seconds). A history that still lacks something is read again each time, so the first first-response to arrive is
 * seen at once.
 */
final class SourceCoverages {

    private final Warehouse warehouse;
    private final Map<String, SourceCoverage> complete = new ConcurrentHashMap<>();

    SourceCoverages(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    SourceCoverage of(String tenant) {
        SourceCoverage known = complete.get(tenant);
        if (known != null) {
            return known;
        }
        SourceCoverage read = SourceCoverage.of(warehouse, tenant);
        if (read.complete()) {
            complete.put(tenant, read);
        }
        return read;
    }
}
