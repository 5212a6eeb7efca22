package io.ticketradar.pipelines.duplicates;

import java.util.ArrayList;
import java.util.List;

/**
 * Why two tickets were taken for duplicates.
 *
 * @param matchedKeys     which of customer_id, customer_phone, device_sn they share
 * @param sharedSymptoms  the symptom codes both name, sorted; may be empty when the fault code matched
 * @param sharedFaultCode the fault code both have, or null
 * @param hoursApart      between their creations
 */
public record Evidence(
        List<String> matchedKeys, List<String> sharedSymptoms, String sharedFaultCode, double hoursApart) {

    public Evidence {
        matchedKeys = new ArrayList<>(matchedKeys);
        sharedSymptoms = new ArrayList<>(sharedSymptoms);
    }
}
