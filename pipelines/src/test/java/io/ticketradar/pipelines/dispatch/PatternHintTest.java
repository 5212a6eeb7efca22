package io.ticketradar.pipelines.dispatch;

import io.ticketradar.events.EventType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which patterns dispatch hints, and the codes a ticket has when it is routed. */
class PatternHintTest {

    private static PatternHint hint(String status, String... codes) {
        return new PatternHint(
                "t1",
                "FP-1",
                status,
                List.of(codes),
                new PatternHint.Title("zh", "en"),
                List.of(),
                List.of(),
                List.of(),
                null);
    }

    @Test
    void onlyOpenPatternsAreHintedAnUnknownStatusWithdrawsTheHint() {
        assertTrue(hint("emerging", "fault:X").open());
        assertTrue(hint("active", "fault:X").open());
        for (String closed : List.of("fading", "resolved", "dismissed", "ACTIVE", "bogus")) {
            assertFalse(hint(closed, "fault:X").open(), closed);
        }
    }

    @Test
    void aTicketMatchesWhenEveryDefiningCodeIsAmongItsCodes() {
        TicketToRoute ticket = new TicketToRoute(
                "t1",
                "TK-1",
                "A7K2-0001",
                "OBC-6K6",
                "华东",
                "S-1",
                "C-1",
                "HV-OBC-LT01",
                null,
                "ev-1",
                EventType.TICKET_CREATED.name(),
                0);
        Set<String> codes = PatternHint.codesOf(ticket);
        assertEquals(Set.of("fault:HV-OBC-LT01", "model:OBC-6K6", "batch:A7K2", "region:华东", "site:S-1"), codes);
        assertTrue(hint("active", "fault:HV-OBC-LT01", "region:华东").matches(codes));
        assertFalse(hint("active", "fault:HV-OBC-LT01", "firmware:3.1").matches(codes), "firmware is not known");
        assertFalse(hint("active").matches(codes), "a pattern without defining codes matches nothing");
    }
}
