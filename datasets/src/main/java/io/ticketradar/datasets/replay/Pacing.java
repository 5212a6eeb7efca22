package io.ticketradar.datasets.replay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When each record goes out, by its publish time: as fast as possible, N times faster than it
 * happened, or caught up to now and then in real time (the live demo).
 */
public interface Pacing {

    /** Blocks until the record that reaches Kafka at {@code publishAt} is due. */
    void awaitTurn(Instant publishAt) throws InterruptedException;

    /** Wall time left until the record at {@code last} is due, seen from {@code current}; null when only the rate can tell. */
    Duration remaining(Instant current, Instant last);

    /** No waiting at all. */
    static Pacing max() {
        return new Pacing() {
            @Override
            public void awaitTurn(Instant publishAt) {}

            @Override
            public Duration remaining(Instant current, Instant last) {
                return null;
            }
        };
    }

    /** {@code factor} times faster than the records happened, from the first record on (3600 = an hour a second). */
    static Pacing speed(double factor) {
        return speed(factor, Clock.systemUTC(), Sleeper.THREAD);
    }

    static Pacing speed(double factor, Clock clock, Sleeper sleeper) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("speed must be above 0, got " + factor);
        }
        return new Pacing() {
            private Instant firstRecord;
            private Instant firstWall;

            @Override
            public void awaitTurn(Instant publishAt) throws InterruptedException {
                if (firstRecord == null) {
                    firstRecord = publishAt;
                    firstWall = clock.instant();
                }
                Instant due = firstWall.plusNanos(
                        (long) (Duration.between(firstRecord, publishAt).toNanos() / factor));
                sleeper.sleepUntil(due, clock);
            }

            @Override
            public Duration remaining(Instant current, Instant last) {
                return Duration.ofNanos((long) (Duration.between(current, last).toNanos() / factor));
            }
        };
    }

    /** Records already in the past go out at once; from then on each waits for its moment on the wall clock. */
    static Pacing catchUpThenRealTime() {
        return catchUpThenRealTime(Clock.systemUTC(), Sleeper.THREAD);
    }

    static Pacing catchUpThenRealTime(Clock clock, Sleeper sleeper) {
        return new Pacing() {
            @Override
            public void awaitTurn(Instant publishAt) throws InterruptedException {
                sleeper.sleepUntil(publishAt, clock);
            }

            @Override
            public Duration remaining(Instant current, Instant last) {
                return Duration.between(clock.instant(), last);
            }
        };
    }

    /** How pacing waits; tests give a fake one. */
    interface Sleeper {
        /** Waits shorter than this are skipped: the next record usually needs one anyway. */
        Duration GRANULARITY = Duration.ofMillis(5);

        Sleeper THREAD = (duration) -> Thread.sleep(duration);

        void sleep(Duration duration) throws InterruptedException;

        default void sleepUntil(Instant due, Clock clock) throws InterruptedException {
            Duration wait = Duration.between(clock.instant(), due);
            if (wait.compareTo(GRANULARITY) > 0) {
                sleep(wait);
            }
        }
    }
}
