package io.ticketradar.models.cases;

import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
     * without master data: at once), by its UTC day. Forgetting then visits those devices only, not every device of
     * the last months, and takes the whole days before the cut without ordering them (the order of visits changes
     * nothing).
     */
    private final TreeMap<Long, List<Due>> due = new TreeMap<>();

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
        long day = dayOf(before);
        Map<Long, List<Due>> past = due.headMap(day);
        past.values().forEach(days -> days.forEach(d -> forget(d.device(), before)));
        past.clear();
        List<Due> last = due.get(day);
        if (last != null) {
            last.removeIf(d -> {
                if (!d.at().isBefore(before)) {
                    return false;
                }
                forget(d.device(), before);
                return true;
            });
        }
    }

    /** Forgets a device's cases created before {@code before}, and the device if nothing is left. */
    private void forget(String key, Instant before) {
        DeviceProfile d = devices.get(key);
        if (d != null) {
            d.forgetCasesBefore(before);
            if (d.empty()) {
                devices.remove(key);
            }
        }
    }

    private void due(Instant at, String device) {
        due.computeIfAbsent(dayOf(at), d -> new ArrayList<>()).add(new Due(at, device));
    }

    private static long dayOf(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), 86_400);
    }

    /** Takes one event in and returns the cases it completed or changed. */
    public List<FailureCase> apply(Event event, EventBody body) {
        String tenant = event.tenantId();
        ZoneId zone = zones.apply(tenant);
        return switch (body) {
            case EventBody.DeviceRegistered d -> {
                due(Instant.MIN, key(tenant, d.deviceSn()));
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
        due(draft.createdAt(), key(tenant, draft.deviceSn()));
        return device(tenant, draft.deviceSn()).caseChanged(draft);
    }

    private DeviceProfile device(String tenant, String sn) {
        return devices.computeIfAbsent(key(tenant, sn), k -> new DeviceProfile(sn));
    }

    private static String key(String tenant, String sn) {
        return tenant + "|" + sn;
    }
}
