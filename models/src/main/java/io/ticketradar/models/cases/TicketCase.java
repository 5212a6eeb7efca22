package io.ticketradar.models.cases;

import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one ticket's events say about its failure, folded in any order (the newest diagnosis, team and root cause
 * win by event time; the first creation wins): the ticket half of a {@link FailureCase}. A repair that names the
 * ticket adds its parts, photos, root cause and the firmware the engineer read off the device. The device half
 * (master data, duplicates) is {@link DeviceProfile}'s.
 */
public final class TicketCase {

    private String tenantId;
    private String ticketId;
    private Instant createdAt;
    private String deviceSn;
    private String productModel;
    private String siteId;
    private String region;
    private List<String> symptoms = new ArrayList<>();
    private String createdFault;
    private List<String> words = new ArrayList<>();
    private Double ambientTempC;
    private Stamped diagnosis;
    private String domain;
    private Stamped techTeam;
    private String resolution;
    private boolean merged;
    private int repairs;
    private Set<String> parts = new LinkedHashSet<>();
    private Set<String> photoLabels = new LinkedHashSet<>();
    private Stamped rootCause;
    private Stamped repairFault;
    private Stamped repairFirmware;
    private Instant asOf;

    /** A value and the event time it was learned at: the newest wins, whatever the order of arrival. */
    record Stamped(String value, Instant at) {
        static Stamped newer(Stamped current, String value, Instant at) {
            return value == null || (current != null && current.at.isAfter(at)) ? current : new Stamped(value, at);
        }

        static String value(Stamped stamped) {
            return stamped == null ? null : stamped.value;
        }
    }

    /** For JSON state. */
    TicketCase() {}

    public TicketCase(String tenantId, String ticketId) {
        this.tenantId = tenantId;
        this.ticketId = ticketId;
    }

    /** Folds one event of this ticket in; false when it tells nothing the case uses. */
    public boolean apply(Event event, EventBody body) {
        Instant ts = event.ts();
        boolean used = switch (body) {
            case EventBody.TicketCreated c -> created(ts, c);
            case EventBody.FaultDiagnosed f -> {
                diagnosis = Stamped.newer(diagnosis, f.faultCode(), ts);
                domain = diagnosis.at().equals(ts) ? f.domain().name() : domain;
                yield true;
            }
            case EventBody.TicketAssigned a -> {
                if (a.stage() != io.ticketradar.events.Stage.TECH) {
                    yield false;
                }
                techTeam = Stamped.newer(techTeam, a.teamId(), ts);
                yield true;
            }
            case EventBody.TicketResolved r -> {
                boolean first = resolution == null;
                resolution = first ? r.resolutionCode() : resolution;
                yield first;
            }
            case EventBody.TicketMerged m -> {
                merged = true;
                yield true;
            }
            case EventBody.RepairRecorded r -> repaired(ts, r);
            default -> false;
        };
        if (used) {
            asOf = asOf == null || ts.isAfter(asOf) ? ts : asOf;
        }
        return used;
    }

    private boolean created(Instant ts, EventBody.TicketCreated c) {
        if (createdAt != null && !ts.isBefore(createdAt)) {
            return false;
        }
        createdAt = ts;
        deviceSn = c.deviceSn();
        productModel = c.productModel();
        siteId = c.siteId();
        region = c.region();
        symptoms = new ArrayList<>(c.symptoms());
        createdFault = c.faultCode();
        words = new ArrayList<>(DescriptionWords.of(c.description()));
        ambientTempC = c.ambientTempC();
        return true;
    }

    private boolean repaired(Instant ts, EventBody.RepairRecorded r) {
        repairs++;
        parts.addAll(r.parts());
        photoLabels.addAll(r.photoLabels());
        rootCause = Stamped.newer(rootCause, r.rootCause(), ts);
        repairFault = Stamped.newer(repairFault, r.faultCode(), ts);
        repairFirmware = Stamped.newer(repairFirmware, r.firmware(), ts);
        deviceSn = deviceSn == null ? r.deviceSn() : deviceSn;
        return true;
    }

    public String tenantId() {
        return tenantId;
    }

    public String ticketId() {
        return ticketId;
    }

    /** When the ticket was created, null until its creation has been seen. */
    public Instant createdAt() {
        return createdAt;
    }

    /** The device, once the creation or a repair named it. */
    public String deviceSn() {
        return deviceSn;
    }

    /** The ticket half of its failure case; null until the ticket's creation has been seen. */
    public FailureCase draft(ZoneId zone) {
        if (createdAt == null) {
            return null;
        }
        String fault = diagnosis != null
                ? diagnosis.value()
                : createdFault != null ? createdFault : Stamped.value(repairFault);
        return new FailureCase(
                tenantId,
                ticketId,
                ticketId,
                createdAt.atZone(zone).toLocalDate(),
                createdAt,
                deviceSn,
                fault,
                domain,
                productModel,
                null,
                null,
                Stamped.value(repairFirmware),
                region,
                siteId,
                ambientTempC,
                null,
                symptoms,
                List.copyOf(photoLabels),
                List.copyOf(parts),
                Stamped.value(rootCause),
                words,
                Stamped.value(techTeam),
                resolution,
                repairs,
                merged,
                null,
                asOf);
    }

    /** A repair that names no ticket is a case of its own, on the day it was recorded. */
    public static FailureCase standaloneRepair(String tenantId, Instant ts, EventBody.RepairRecorded r, ZoneId zone) {
        return new FailureCase(
                tenantId,
                r.repairId(),
                null,
                ts.atZone(zone).toLocalDate(),
                ts,
                r.deviceSn(),
                r.faultCode(),
                null,
                null,
                null,
                null,
                r.firmware(),
                null,
                null,
                r.ambientTempC(),
                null,
                List.of(),
                r.photoLabels(),
                r.parts(),
                r.rootCause(),
                List.of(),
                null,
                null,
                1,
                false,
                null,
                ts);
    }
}
