package io.ticketradar.models.cases;

import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Folds a tenant stream of events into failure cases in memory, for the offline tools: each ticket's events into
 * its {@link TicketCase}, each device's master data, repairs and cases into its {@link DeviceProfile}. The Flink job
 * does the same in two keyed steps (by ticket, then by device); this class is both steps in one map each.
 */
public final class CaseAssembly {

    private final Function<String, ZoneId> zones;
    private final Map<String, TicketCase> tickets = new HashMap<>();
    private final Map<String, DeviceProfile> devices = new HashMap<>();

    /** @param zones each tenant's time zone, by tenant id */
    public CaseAssembly(Function<String, ZoneId> zones) {
        this.zones = zones;
    }

    /**
     * Forgets what no detector window will hold again: tickets and devices' cases created before {@code before}, and
     * devices left with nothing. Call it as
     * event time advances; memory then follows the recent days, not the whole history.
     */
    public void forgetBefore(Instant before) {
        tickets.values().removeIf(t -> t.createdAt() != null && t.createdAt().isBefore(before));
        devices.values().forEach(d -> d.forgetCasesBefore(before));
        devices.values().removeIf(DeviceProfile::empty);
    }

    /** Takes one event in and returns the cases it completed or changed. */
    public List<FailureCase> apply(Event event, EventBody body) {
        String tenant = event.tenantId();
        ZoneId zone = zones.apply(tenant);
        return switch (body) {
            case EventBody.DeviceRegistered d -> device(tenant, d.deviceSn()).register(event.ts(), d);
            case EventBody.RepairRecorded r
            when event.ticketId() == null ->
                device(tenant, r.deviceSn()).caseChanged(TicketCase.standaloneRepair(tenant, event.ts(), r, zone));
            default -> ticketEvent(event, body, zone);
        };
    }

    private List<FailureCase> ticketEvent(Event event, EventBody body, ZoneId zone) {
        if (event.ticketId() == null) {
            return List.of();
        }
        TicketCase ticket = tickets.computeIfAbsent(
                event.tenantId() + "|" + event.ticketId(), k -> new TicketCase(event.tenantId(), event.ticketId()));
        if (!ticket.apply(event, body)) {
            return List.of();
        }
        FailureCase draft = ticket.draft(zone);
        if (draft == null || draft.deviceSn() == null) {
            return List.of();
        }
        return device(event.tenantId(), draft.deviceSn()).caseChanged(draft);
    }

    private DeviceProfile device(String tenant, String sn) {
        return devices.computeIfAbsent(tenant + "|" + sn, k -> new DeviceProfile(sn));
    }
}
