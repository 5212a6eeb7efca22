package io.ticketradar.pipelines.indicators;

import io.ticketradar.pipelines.lifecycle.TicketFold;
import io.ticketradar.pipelines.testing.TicketStory;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;

import static io.ticketradar.pipelines.testing.TicketStory.days;
import static io.ticketradar.pipelines.testing.TicketStory.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** {@link Indicator#REOPEN_RATE}: a reopen counts within 30 days after the latest resolution or close. */
class ReopenRateTest {

    private static TicketStory story() {
        return TicketStory.created("t", "T1", "2026-01-05T09:00:00+08:00");
    }

    private static Part part(TicketStory story) {
        Duration asOf = days(90);
        return Indicator.REOPEN_RATE.part(
                TicketFold.of(story.ticketEvents(), story.at(asOf)).fact("t", "T1", ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void aReopenAfterAResolutionWithoutACloseCounts() {
        Part part = part(story().resolved(hours(3), 1).reopened(days(2)));
        assertEquals(1, part.numerator());
        assertEquals(1, part.denominator());
    }

    @Test
    void aReopenCountsAgainstACloseThatCameLongAfterTheResolution() {
        assertEquals(
                1,
                part(story().resolved(hours(3), 1).closed(days(35)).reopened(days(40)))
                        .numerator());
    }

    @Test
    void aReopenThirtyOneDaysAfterTheResolutionDoesNotCount() {
        Part part = part(story().resolved(hours(3), 1).reopened(days(31).plusHours(3)));
        assertEquals(0, part.numerator());
        assertEquals(1, part.denominator());
    }

    @Test
    void aTicketNeverResolvedNorClosedIsNotCounted() {
        assertNull(part(story().reopened(days(1))));
    }
}
