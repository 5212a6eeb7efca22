package io.ticketradar.pipelines.indicators;

import io.ticketradar.pipelines.lifecycle.FactChange;
import io.ticketradar.pipelines.lifecycle.TicketFact;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * A ticket joining ({@code member}) or leaving the tickets of one (tenant, device, fault code): what
 * {@link RecurrenceFunction} needs to know. A ticket leaves when its fault code is re-diagnosed.
 */
public record DeviceFault(
        String tenantId,
        String deviceSn,
        String faultCode,
        String ticketId,
        long createdAt,
        String region,
        boolean member) {

    private static final char SEPARATOR = '\u0000';

    public String key() {
        return tenantId + SEPARATOR + deviceSn + SEPARATOR + faultCode;
    }

    /** The memberships a fact change alters: none unless the device, fault code, creation or region changed. */
    public static final class OfChanges implements FlatMapFunction<FactChange, DeviceFault> {

        @Override
        public void flatMap(FactChange change, Collector<DeviceFault> out) {
            DeviceFault before = change.before() == null ? null : of(change.before(), false);
            DeviceFault after = of(change.after(), true);
            if (before != null && after != null && before.equals(of(change.after(), false))) {
                return;
            }
            if (before != null) {
                out.collect(before);
            }
            if (after != null) {
                out.collect(after);
            }
        }

        /** Null unless the device and the fault code are known. */
        private static DeviceFault of(TicketFact f, boolean member) {
            if (f.deviceSn() == null || f.deviceSn().isEmpty() || f.faultCode() == null) {
                return null;
            }
            return new DeviceFault(
                    f.tenantId(),
                    f.deviceSn(),
                    f.faultCode(),
                    f.ticketId(),
                    f.createdAt().toEpochMilli(),
                    f.region(),
                    member);
        }
    }
}
