package io.ticketradar.pipelines.duplicates;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.events.Event;
import io.ticketradar.events.EventType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The generator's duplicate groups (ground_truth.json: {@code tenants.<id>.duplicate_groups}, each the first ticket
 * and the ones its customer filed again) and how the job's suggestions score against them. A suggestion is right
 * when both tickets are of one group. DOMAIN.md §6 only merges open tickets, and the generator files a customer's
 * repeats whether or not the first ticket was already resolved, so the recall is given twice: over every repeat, and
 * over the repeats that came while an earlier ticket of their group was still open (by the events of the stream).
 */
final class DuplicateTruth {

    private final Map<String, Integer> groupOf = new HashMap<>();
    private final List<String> repeats = new ArrayList<>();
    private final List<String> openRepeats = new ArrayList<>();

    DuplicateTruth(JsonNode groups, List<Event> events) {
        Map<String, Instant> created = new HashMap<>();
        Map<String, TreeMap<Instant, Boolean>> openSince = new HashMap<>();
        for (Event e : events) {
            Boolean open = switch (e.type()) {
                case TICKET_CREATED, TICKET_REOPENED -> true;
                case TICKET_RESOLVED, TICKET_CLOSED, TICKET_MERGED -> false;
                default -> null;
            };
            if (open != null) {
                openSince.computeIfAbsent(e.ticketId(), t -> new TreeMap<>()).merge(e.ts(), open, Boolean::logicalAnd);
            }
            if (e.type() == EventType.TICKET_CREATED) {
                created.put(e.ticketId(), e.ts());
            }
        }
        int group = 0;
        for (JsonNode members : groups) {
            group++;
            List<String> tickets = new ArrayList<>();
            members.forEach(m -> tickets.add(m.asText()));
            for (String ticket : tickets) {
                groupOf.put(ticket, group);
            }
            for (String repeat : tickets.subList(1, tickets.size())) {
                repeats.add(repeat);
                Instant at = created.get(repeat);
                boolean earlierOpen = tickets.stream()
                        .filter(t -> created.get(t).isBefore(at))
                        .anyMatch(t -> openSince.get(t).floorEntry(at).getValue());
                if (earlierOpen) {
                    openRepeats.add(repeat);
                }
            }
        }
    }

    /** @param suggestions ticket id -> the ticket it is suggested into */
    Score score(Map<String, String> suggestions) {
        long right = suggestions.entrySet().stream()
                .filter(s -> sameGroup(s.getKey(), s.getValue()))
                .count();
        long foundOpen = openRepeats.stream()
                .filter(t -> suggestions.containsKey(t) && sameGroup(t, suggestions.get(t)))
                .count();
        return new Score(suggestions.size(), right, repeats.size(), openRepeats.size(), foundOpen);
    }

    List<String> missedOpen(Map<String, String> suggestions) {
        return openRepeats.stream()
                .filter(t -> !(suggestions.containsKey(t) && sameGroup(t, suggestions.get(t))))
                .toList();
    }

    private boolean sameGroup(String a, String b) {
        return groupOf.containsKey(a) && groupOf.get(a).equals(groupOf.get(b));
    }

    /**
     * @param repeats     the truth's repeats; {@code openRepeats} those filed while their group had an open ticket
     * @param foundOpen   open repeats suggested into a ticket of their group
     */
    record Score(long suggested, long right, long repeats, long openRepeats, long foundOpen) {
        double precision() {
            return (double) right / suggested;
        }

        double recall() {
            return (double) right / repeats;
        }

        double recallOfOpen() {
            return (double) foundOpen / openRepeats;
        }
    }
}
