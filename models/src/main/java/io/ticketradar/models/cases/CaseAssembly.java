package io.ticketradar.models.cases;

import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
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
    /**
     * When each device may next have something to forget: the creation of each case handed to it (a registration
     * without master data: at once). Forgetting then visits those devices only, not every device of the last months.
     */
    private final PriorityQueue<Due> due = new PriorityQueue<>(Comparator.comparing(Due::at));

    private record Due(Instant at, String device) {}

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
        while (!due.isEmpty() && due.peek().at().isBefore(before)) {
            String key = due.poll().device();
            DeviceProfile d = devices.get(key);
            if (d != null) {
                d.forgetCasesBefore(before);
                if (d.empty()) {
                    devices.remove(key);
                }
            }
        }
    }

    /** Takes one event in and returns the cases it completed or changed. */
    public List<FailureCase> apply(Event event, EventBody body) {
        String tenant = event.tenantId();
        ZoneId zone = zones.apply(tenant);
        return switch (body) {
            case EventBody.DeviceRegistered d -> {
                due.add(new Due(Instant.MIN, key(tenant, d.deviceSn())));
                yield device(tenant, d.deviceSn()).register(event.ts(), d);
            }
            case EventBody.RepairRecorded r
            when event.ticketId() == null ->
                caseChanged(tenant, TicketCase.standaloneRepair(tenant, event.ts(), r, zone));
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
        return caseChanged(event.tenantId(), draft);
    }

    private List<FailureCase> caseChanged(String tenant, FailureCase draft) {
        due.add(new Due(draft.createdAt(), key(tenant, draft.deviceSn())));
        return device(tenant, draft.deviceSn()).caseChanged(draft);
    }

    private DeviceProfile device(String tenant, String sn) {
        return devices.computeIfAbsent(key(tenant, sn), k -> new DeviceProfile(sn));
    }

    private static String key(String tenant, String sn) {
        return tenant + "|" + sn;
    }
}
