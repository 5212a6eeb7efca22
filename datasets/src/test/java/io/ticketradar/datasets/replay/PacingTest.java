package io.ticketradar.datasets.replay;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PacingTest {
    /** A clock that moves only when pacing sleeps. */
    private static final class FakeTime extends Clock implements Pacing.Sleeper {
        Instant now;
        final List<Duration> sleeps = new ArrayList<>();

        FakeTime(Instant now) {
            this.now = now;
        }

        @Override
        public void sleep(Duration duration) {
            sleeps.add(duration);
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void speedCompressesEventTime() throws InterruptedException {
        FakeTime time = new FakeTime(Instant.parse("2026-06-01T10:00:00Z"));
        Pacing pacing = Pacing.speed(3600, time, time);
        pacing.awaitTurn(T0);
        pacing.awaitTurn(T0.plus(Duration.ofHours(1)));
        pacing.awaitTurn(T0.plus(Duration.ofHours(3)));
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), time.sleeps);
        assertEquals(Duration.ofSeconds(2), pacing.remaining(T0, T0.plus(Duration.ofHours(2))));
    }

    @Test
    void catchUpThenRealTime() throws InterruptedException {
        Instant now = Instant.parse("2025-03-01T12:00:00Z");
        FakeTime time = new FakeTime(now);
        Pacing pacing = Pacing.catchUpThenRealTime(time, time);
        pacing.awaitTurn(now.minus(Duration.ofDays(35)));
        pacing.awaitTurn(now.minusSeconds(1));
        assertEquals(List.of(), time.sleeps, "the past goes out at once");
        pacing.awaitTurn(now.plusSeconds(30));
        pacing.awaitTurn(now.plusSeconds(45));
        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofSeconds(15)), time.sleeps, "then on the wall clock");
    }
}
