package io.ticketradar.pipelines.duplicates;

import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * Sends a ticket to each of its identities (customer id, phone, device) within its tenant, so that only tickets that
 * could be duplicates meet, and never tickets of two tenants.
 */
final class ByIdentity implements FlatMapFunction<TicketSnapshot, KeyedSnapshot> {

    private static final long serialVersionUID = 1L;
    private static final char SEPARATOR = '\u0000';

    @Override
    public void flatMap(TicketSnapshot ticket, Collector<KeyedSnapshot> out) {
        for (IdentityKind kind : IdentityKind.values()) {
            String value = kind.of(ticket);
            if (value != null) {
                out.collect(new KeyedSnapshot(ticket.tenantId() + SEPARATOR + kind.code() + SEPARATOR + value, ticket));
            }
        }
    }
}
