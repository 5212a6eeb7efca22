package io.ticketradar.models.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a generated data set's {@code ground_truth.json} says about failure patterns: per tenant, the injected
 * patterns (their defining features, tickets and daily counts) and the decoys (what moved whole groups). Written by
 * the datasets module's generator; read here to score the detector.
 */
public record GroundTruth(LocalDate start, int days, Map<String, Tenant> tenants) {

    public record Tenant(List<InjectedPattern> patterns, List<Decoy> decoys) {}

    /**
     * An injected pattern.
     *
     * @param regions       the regions of its slice, empty when it is not regional
     * @param belowC        its slice's upper temperature bound (the pattern strikes below it), or null
     * @param aboveC        its slice's lower temperature bound, or null
     * @param products      the product models it strikes, empty for any
     * @param firmware      the firmware version it strikes, or null
     * @param batchPrefix   the SN prefix (batch) it strikes, or null
     * @param modification  what customers fitted to the devices it strikes, or null
     * @param dailyPattern  pattern tickets per day
     */
    public record InjectedPattern(
            String id,
            String kind,
            LocalDate onset,
            String faultCode,
            List<String> symptoms,
            List<String> regions,
            Double belowC,
            Double aboveC,
            List<String> products,
            String firmware,
            String batchPrefix,
            String modification,
            List<String> photoLabels,
            Set<String> tickets,
            Map<LocalDate, Integer> dailyPattern) {}

    /** A decoy: what moved a whole group together, never a pattern. */
    public record Decoy(String id, String kind, LocalDate onset, LocalDate until, JsonNode group) {}

    public static GroundTruth read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        JsonNode generator = root.path("generator");
        Map<String, Tenant> tenants = new LinkedHashMap<>();
        root.path("tenants").properties().forEach(e -> tenants.put(e.getKey(), tenant(e.getValue())));
        return new GroundTruth(
                LocalDate.parse(generator.path("start").asText()),
                generator.path("days").asInt(),
                tenants);
    }

    private static Tenant tenant(JsonNode node) {
        List<InjectedPattern> patterns = new ArrayList<>();
        node.path("patterns").forEach(p -> patterns.add(pattern(p)));
        List<Decoy> decoys = new ArrayList<>();
        node.path("decoys")
                .forEach(d -> decoys.add(new Decoy(
                        d.path("id").asText(),
                        d.path("kind").asText(),
                        day(d.path("onset_day")),
                        day(d.path("until_day")),
                        d.path("group"))));
        return new Tenant(patterns, decoys);
    }

    private static InjectedPattern pattern(JsonNode p) {
        JsonNode features = p.path("features");
        JsonNode slice = features.path("slice");
        JsonNode devices = features.path("devices");
        List<String> regions = texts(slice.path("regions"));
        if (regions.isEmpty() && slice.hasNonNull("region")) {
            regions = List.of(slice.path("region").asText());
        }
        Map<LocalDate, Integer> daily = new LinkedHashMap<>();
        p.path("daily")
                .forEach(d -> daily.put(
                        LocalDate.parse(d.path("day").asText()),
                        d.path("pattern_tickets").asInt()));
        return new InjectedPattern(
                p.path("id").asText(),
                p.path("kind").asText(""),
                p.hasNonNull("onset_day")
                        ? day(p.path("onset_day"))
                        : LocalDate.parse(p.path("onset").asText().substring(0, 10)),
                features.path("fault_code").asText(),
                texts(features.path("symptoms")),
                regions,
                number(slice.path("ambient_below_c")),
                number(slice.path("ambient_above_c")),
                texts(devices.path("products")),
                text(devices.path("firmware")),
                text(devices.path("batch_prefix")),
                text(devices.path("modification")),
                texts(features.path("photo_labels")),
                Set.copyOf(texts(p.path("tickets"))),
                daily);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static Double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : null;
    }

    private static LocalDate day(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : LocalDate.parse(node.asText());
    }
}
