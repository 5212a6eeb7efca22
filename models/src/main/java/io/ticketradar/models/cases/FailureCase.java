package io.ticketradar.models.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One failure case, the unit the emergence detector counts (DOMAIN.md §8): a ticket with what is known of it so far
 * (its diagnosis, its device's master data, its repairs), or a repair recorded without a ticket. One row of
 * {@code failure_cases}. Text fields are null when unknown.
 *
 * @param caseId         the ticket id, or the repair id of a repair without a ticket
 * @param ticketId       null for a repair without a ticket
 * @param day            the creation day in the tenant's zone: the day the case counts for
 * @param faultCode      the latest diagnosis, else the code the ticket was created or repaired with
 * @param firmware       what the device ran when the case was created, as device master data tells
 * @param seenFirmware   what a repair of the case read off the device, null without a repair
 * @param ambientTempC   the ambient temperature reported with the ticket (for a repair without a ticket, at the repair)
 * @param productionDate the device's, from master data
 * @param photoLabels    labels of the repairs' photos (what the engineers saw: a non-original screen, frost)
 * @param techTeam       the technical team that last held the ticket
 * @param resolution     the ticket's resolution code
 * @param repairs        repair records seen for it
 * @param merged         merged into another ticket as a duplicate (TICKET_MERGED): not counted
 * @param duplicateOf    an earlier case of the same device and the same fault (or first symptom) within
 *                       {@link #DUPLICATE_WINDOW_DAYS} days: the same failure reported again, not counted
 * @param asOf           the event time of the newest event folded in
 */
public record FailureCase(
        String tenantId,
        String caseId,
        String ticketId,
        LocalDate day,
        Instant createdAt,
        String deviceSn,
        String faultCode,
        String domain,
        String productModel,
        String batch,
        String firmware,
        String seenFirmware,
        String region,
        String siteId,
        Double ambientTempC,
        LocalDate productionDate,
        List<String> symptoms,
        List<String> photoLabels,
        List<String> parts,
        String rootCause,
        List<String> words,
        String techTeam,
        String resolution,
        int repairs,
        boolean merged,
        String duplicateOf,
        Instant asOf) {

    /** A device failing again within this many days with the same fault is the same failure, counted once. */
    public static final int DUPLICATE_WINDOW_DAYS = 30;

    public FailureCase {
        symptoms = List.copyOf(symptoms);
        photoLabels = List.copyOf(photoLabels);
        parts = List.copyOf(parts);
        words = List.copyOf(words);
    }

    /** Whether the detector counts it: neither merged nor a repeat of a failure already counted. */
    public boolean counted() {
        return !merged && duplicateOf == null;
    }

    public boolean diagnosed() {
        return faultCode != null;
    }

    /** What makes two cases of one device the same failure: the fault when known, else the first symptom. */
    public String failureKey() {
        if (faultCode != null) {
            return "fault:" + faultCode;
        }
        return symptoms.isEmpty() ? null : "symptom:" + symptoms.getFirst();
    }

    /** Whether the case tells codes of a kind at all (a share of a kind is taken over the cases that tell it). */
    public boolean knows(CodeKind kind) {
        return switch (kind) {
            case FAULT -> faultCode != null;
            case SYMPTOM -> !symptoms.isEmpty();
            case MODEL -> productModel != null;
            case BATCH -> batch != null;
            case FIRMWARE -> firmware != null;
            case SEEN_FIRMWARE -> seenFirmware != null;
            case REGION -> region != null;
            case SITE -> siteId != null;
            case TEMP -> ambientTempC != null;
            case AGE -> productionDate != null;
            case PHOTO, PART, CAUSE -> repairs > 0;
            case WORD -> !words.isEmpty();
        };
    }

    /** Every code of the case: targets, contexts and descriptive codes, each once. */
    public List<Code> codes() {
        Set<Code> codes = new LinkedHashSet<>();
        add(codes, CodeKind.FAULT, faultCode);
        symptoms.forEach(s -> add(codes, CodeKind.SYMPTOM, s));
        add(codes, CodeKind.MODEL, productModel);
        add(codes, CodeKind.BATCH, batch);
        add(codes, CodeKind.FIRMWARE, firmware);
        add(codes, CodeKind.SEEN_FIRMWARE, seenFirmware);
        add(codes, CodeKind.REGION, region);
        add(codes, CodeKind.SITE, siteId);
        TemperatureCodes.thresholds(ambientTempC).forEach(t -> add(codes, CodeKind.TEMP, t));
        add(codes, CodeKind.AGE, AgeBands.of(productionDate, day));
        photoLabels.forEach(p -> add(codes, CodeKind.PHOTO, p));
        words.forEach(w -> add(codes, CodeKind.WORD, w));
        parts.forEach(p -> add(codes, CodeKind.PART, p));
        add(codes, CodeKind.CAUSE, rootCause);
        return new ArrayList<>(codes);
    }

    /** The same case with another duplicate mark. */
    public FailureCase withDuplicateOf(String earlierCaseId) {
        return new FailureCase(
                tenantId,
                caseId,
                ticketId,
                day,
                createdAt,
                deviceSn,
                faultCode,
                domain,
                productModel,
                batch,
                firmware,
                seenFirmware,
                region,
                siteId,
                ambientTempC,
                productionDate,
                symptoms,
                photoLabels,
                parts,
                rootCause,
                words,
                techTeam,
                resolution,
                repairs,
                merged,
                earlierCaseId,
                asOf);
    }

    /** The same case with the device's master data filled in where the case itself knows nothing. */
    public FailureCase withDevice(String model, String deviceBatch, String deviceFirmware, LocalDate produced) {
        return new FailureCase(
                tenantId,
                caseId,
                ticketId,
                day,
                createdAt,
                deviceSn,
                faultCode,
                domain,
                productModel != null ? productModel : model,
                batch != null ? batch : deviceBatch,
                deviceFirmware != null ? deviceFirmware : firmware,
                seenFirmware,
                region,
                siteId,
                ambientTempC,
                productionDate != null ? productionDate : produced,
                symptoms,
                photoLabels,
                parts,
                rootCause,
                words,
                techTeam,
                resolution,
                repairs,
                merged,
                duplicateOf,
                asOf);
    }

    private static void add(Set<Code> codes, CodeKind kind, String value) {
        if (value != null && !value.isBlank()) {
            codes.add(Code.of(kind, value.strip()));
        }
    }
}
