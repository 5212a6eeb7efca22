package io.ticketradar.pipelines.dispatch;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketradar.models.cases.Code;
import io.ticketradar.models.cases.CodeKind;
import io.ticketradar.models.track.PatternStatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What dispatch attaches to a ticket of an open failure pattern (DOMAIN.md §7): the team that handled its cases, the
 * parts to bring, the knowledge entry (root causes, resolution), read from a {@code dispatch-hints} message
 * ({@code PatternFeeds.dispatch}). In {@code dispatch_decisions} and the API a hint has the shape of
 * {@code GET /api/v1/tickets/{id}/hints}.
 *
 * <p>A ticket matches a pattern as there: when every defining code of the pattern is among the ticket's codes. At
 * dispatch the ticket's codes are those known when it is routed ({@link #codesOf}): fault, model, batch, region and
 * site, in the detector's vocabulary; a pattern defined also by codes only the finished case tells (firmware,
 * temperature, photos) shows on the hints page once the case is complete, not at dispatch.
 */
public record PatternHint(
        String tenantId,
        String patternId,
        String status,
        List<String> matchedCodes,
        Title title,
        List<String> teams,
        List<String> parts,
        List<String> rootCauses,
        String resolution) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public record Title(String zh, String en) {}

    public PatternHint {
        matchedCodes = List.copyOf(matchedCodes);
        teams = List.copyOf(teams);
        parts = List.copyOf(parts);
        rootCauses = List.copyOf(rootCauses);
    }

    /** Whether a broadcast message is a pattern's hints rather than a rule set. */
    static boolean isHint(String message) {
        return message.contains("\"pattern_id\"");
    }

    /** Reads a {@code dispatch-hints} message. */
    static PatternHint read(String message) {
        try {
            JsonNode node = MAPPER.readTree(message);
            JsonNode hints = node.path("hints");
            return new PatternHint(
                    node.path("tenant_id").asText(),
                    node.path("pattern_id").asText(),
                    node.path("status").asText(),
                    texts(node.path("defining_codes")),
                    new Title(
                            node.path("title").path("zh").asText(null),
                            node.path("title").path("en").asText(null)),
                    texts(hints.path("teams")),
                    texts(hints.path("parts")),
                    texts(hints.path("root_causes")),
                    hints.path("resolution").isTextual()
                            ? hints.path("resolution").asText()
                            : null);
        } catch (IOException e) {
            throw new UncheckedIOException("a dispatch-hints message is not JSON", e);
        }
    }

    /**
     * Open patterns (emerging, active) are hinted; a message of any other status, or of one this code does not know,
     * withdraws the pattern's hint.
     */
    @JsonIgnore
    boolean open() {
        return Arrays.stream(PatternStatus.values())
                .anyMatch(s -> s.open() && s.code().equals(status));
    }

    boolean matches(Set<String> ticketCodes) {
        return !matchedCodes.isEmpty() && ticketCodes.containsAll(matchedCodes);
    }

    /** The ticket's codes known at dispatch, written as the detector writes them ({@code fault:HV-OBC-LT01}). */
    static Set<String> codesOf(TicketToRoute ticket) {
        Set<String> codes = new LinkedHashSet<>();
        add(codes, CodeKind.FAULT, ticket.faultCode());
        add(codes, CodeKind.MODEL, ticket.productModel());
        add(codes, CodeKind.BATCH, ticket.batch());
        add(codes, CodeKind.REGION, ticket.region());
        add(codes, CodeKind.SITE, ticket.siteId());
        return codes;
    }

    private static void add(Collection<String> codes, CodeKind kind, String value) {
        if (value != null && !value.isBlank()) {
            codes.add(Code.of(kind, value).text());
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(v -> texts.add(v.asText()));
        return texts;
    }
}
