package io.ticketradar.models.cases;

import io.ticketradar.events.EventBody;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One device as the detector knows it: its master data (model, batch, production date, the firmware it ran over
 * time), and its recent failure cases. Completes each case with the
 * device's facts as of the case's creation, and marks a case that repeats an earlier failure of the same device
 * (same fault, or same first symptom while undiagnosed, within {@link FailureCase#DUPLICATE_WINDOW_DAYS} days) as
 * its duplicate: a customer filing three tickets for one fault is one failure, not three.
 */
public final class DeviceProfile {

    /** Firmware changes kept per device: enough to date every recent case. */
    private static final int FIRMWARE_HISTORY = 8;

    private String deviceSn;
    private String productModel;
    private String batch;
    private LocalDate productionDate;
    /** event time (epoch ms) -> firmware from then on. */
    private TreeMap<Long, String> firmware = new TreeMap<>();
    /** The device's cases of the last {@link FailureCase#DUPLICATE_WINDOW_DAYS} days, as their tickets tell them. */
    private Map<String, FailureCase> drafts = new HashMap<>();
    /** What was last handed on for each draft, to hand on only what changed. */
    private Map<String, FailureCase> emitted = new HashMap<>();

    /** For JSON state. */
    DeviceProfile() {}

    public DeviceProfile(String deviceSn) {
        this.deviceSn = deviceSn;
    }

    /** Master data of the device; the newest record wins. Returns the cases whose completion changed. */
    public List<FailureCase> register(Instant at, EventBody.DeviceRegistered device) {
        productModel = device.productModel();
        batch = device.batch();
        productionDate = device.productionDate() == null ? null : LocalDate.parse(device.productionDate());
        if (device.firmware() != null) {
            recordFirmware(at, device.firmware());
        }
        return refresh();
    }

    /** A new or changed ticket half of one of the device's cases. Returns the cases whose completion changed. */
    public List<FailureCase> caseChanged(FailureCase draft) {
        drafts.put(draft.caseId(), draft);
        Instant newest = drafts.values().stream()
                .map(FailureCase::createdAt)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        forgetCasesBefore(newest.minus(Duration.ofDays(2L * FailureCase.DUPLICATE_WINDOW_DAYS)));
        return refresh();
    }

    /** Drops the cases created before {@code horizon}: none of them can be repeated by a case still to come. */
    public void forgetCasesBefore(Instant horizon) {
        drafts.values().removeIf(c -> c.createdAt().isBefore(horizon));
        emitted.keySet().retainAll(drafts.keySet());
    }

    /** Nothing worth keeping: no master data and no recent case. */
    public boolean empty() {
        return drafts.isEmpty() && productModel == null && firmware.isEmpty();
    }

    private void recordFirmware(Instant at, String version) {
        firmware.put(at.toEpochMilli(), version);
        while (firmware.size() > FIRMWARE_HISTORY) {
            firmware.pollFirstEntry();
        }
    }

    /** Completes every recent case afresh and returns those that differ from what was handed on before. */
    private List<FailureCase> refresh() {
        List<FailureCase> ordered = new ArrayList<>(drafts.values());
        ordered.sort(Comparator.comparing(FailureCase::createdAt).thenComparing(FailureCase::caseId));
        List<FailureCase> changed = new ArrayList<>();
        for (FailureCase draft : ordered) {
            FailureCase complete = draft.withDevice(
                            productModel, batchOf(draft), firmwareAt(draft.createdAt()), productionDate)
                    .withDuplicateOf(earlierSameFailure(draft, ordered));
            if (!complete.equals(emitted.get(complete.caseId()))) {
                emitted.put(complete.caseId(), complete);
                changed.add(complete);
            }
        }
        return changed;
    }

    private String batchOf(FailureCase draft) {
        if (batch != null) {
            return batch;
        }
        String sn = draft.deviceSn() != null ? draft.deviceSn() : deviceSn;
        return sn != null && sn.length() >= 4 ? sn.substring(0, 4) : null;
    }

    /** The firmware at an instant: the newest change at or before it, else the oldest one known. */
    private String firmwareAt(Instant at) {
        Map.Entry<Long, String> entry = firmware.floorEntry(at.toEpochMilli());
        if (entry == null) {
            entry = firmware.firstEntry();
        }
        return entry == null ? null : entry.getValue();
    }

    /** The first earlier case (in creation order) of the same failure within the window, else null. */
    private static String earlierSameFailure(FailureCase draft, List<FailureCase> ordered) {
        String key = draft.failureKey();
        if (key == null || draft.merged()) {
            return null;
        }
        Instant from = draft.createdAt().minus(Duration.ofDays(FailureCase.DUPLICATE_WINDOW_DAYS));
        for (FailureCase earlier : ordered) {
            if (earlier == draft) {
                return null;
            }
            if (!earlier.merged() && !earlier.createdAt().isBefore(from) && Objects.equals(key, earlier.failureKey())) {
                return earlier.caseId();
            }
        }
        return null;
    }
}
