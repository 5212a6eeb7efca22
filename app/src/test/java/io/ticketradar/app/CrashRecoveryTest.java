package io.ticketradar.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11's crash suite: the whole process (broker, jobs, embedded warehouse) killed with SIGKILL at random points
 * while it works through a replayed history, and started again on the same data folder each time, ends with exactly
 * the daily indicators of a run that was never interrupted. Both runs use the default settings (a partition idle after
 * a minute), as a user's would. Bounded in time: up to 20 kills, as many as fit in {@link #KILLING}.
 */
@Tag("stack")
class CrashRecoveryTest {

    private static final String TENANT = "suzhou-auto-electronics";
    private static final String DAYS = "/api/v1/indicators?from=2025-01-01&to=2025-02-28";
    private static final Duration UP = Duration.ofSeconds(120);
    private static final Duration KILLING = Duration.ofSeconds(90);
    private static final int MOST_KILLS = 20;
    /** Longer than the default idleness, after which the last partitions stop holding back event time. */
    private static final Duration UNCHANGED = Duration.ofSeconds(75);

    private static final Duration SETTLING = Duration.ofMinutes(6);

    @TempDir
    Path tmp;

    private final Console console = new Console();

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void killedAtRandomPointsWhileCatchingUpItEndsWithTheFiguresOfAnUninterruptedRun() throws Exception {
        Path history = tmp.resolve("history");
        assertEquals(
                0,
                console.run("generate", "--out", history.toString(), "--days", "10", "--seed", "3", "--quiet"),
                console.err());

        Path undisturbed = tmp.resolve("undisturbed");
        String token = token(undisturbed);
        JsonNode reference;
        try (StackProcess stack = StackProcess.start(undisturbed, UP)) {
            replay(history, undisturbed);
            reference = settled(new ApiCalls(stack.apiUrl(), token));
        }

        Path crashed = tmp.resolve("crashed");
        token = token(crashed);
        StackProcess stack = StackProcess.start(crashed, UP);
        replay(history, crashed);
        Random random = new Random(11);
        long killingUntil = System.nanoTime() + KILLING.toNanos();
        int kills = 0;
        while (kills < MOST_KILLS && (kills < 3 || System.nanoTime() < killingUntil)) {
            Thread.sleep(1_000 + random.nextInt(7_000));
            stack.kill();
            kills++;
            stack = StackProcess.start(crashed, UP);
        }
        System.out.println("CrashRecoveryTest: killed " + kills + " times");
        try {
            ApiCalls api = new ApiCalls(stack.apiUrl(), token);
            long deadline = System.nanoTime() + SETTLING.toNanos();
            JsonNode figures = figures(api);
            while (!figures.equals(reference) && System.nanoTime() < deadline) {
                Thread.sleep(2_000);
                figures = figures(api);
            }
            assertEquals(firstDifference(reference, figures), "", "after " + kills + " kills");
            assertEquals(reference, figures);
        } finally {
            stack.close();
        }
    }

    private String token(Path dataDir) {
        console.clear();
        assertEquals(0, console.run("tokens", "issue", TENANT, "--data-dir", dataDir.toString()), console.err());
        String out = console.out();
        return out.substring(out.indexOf("token=") + "token=".length())
                .lines()
                .findFirst()
                .orElseThrow()
                .strip();
    }

    private void replay(Path history, Path dataDir) {
        assertEquals(
                0,
                console.run("replay", history.toString(), "--data-dir", dataDir.toString(), "--quiet"),
                console.err());
    }

    /** The daily figures once they stopped changing for longer than a partition takes to go idle. */
    private static JsonNode settled(ApiCalls api) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLING.toNanos();
        JsonNode last = figures(api);
        long since = System.nanoTime();
        while (System.nanoTime() - since < UNCHANGED.toNanos()) {
            assertTrue(System.nanoTime() < deadline, "the undisturbed run never settled: " + last);
            Thread.sleep(5_000);
            JsonNode now = figures(api);
            if (!now.equals(last) || now.path("days").isEmpty()) {
                last = now;
                since = System.nanoTime();
            }
        }
        return last;
    }

    /** Every day's indicators; {@code as_of} (the event time each row was last written at) depends on timing. */
    private static JsonNode figures(ApiCalls api) {
        JsonNode answer = api.get(DAYS).ok();
        answer.path("days").forEach(day -> ((ObjectNode) day).remove("as_of"));
        return answer;
    }

    /** The first day and indicator whose figures differ, to say what went wrong; empty when none. */
    private static String firstDifference(JsonNode expected, JsonNode actual) {
        if (expected.path("days").size() != actual.path("days").size()) {
            return "days: " + expected.path("days").size() + " expected, "
                    + actual.path("days").size() + " got";
        }
        for (int i = 0; i < expected.path("days").size(); i++) {
            JsonNode e = expected.path("days").get(i);
            JsonNode a = actual.path("days").get(i);
            for (Iterator<Map.Entry<String, JsonNode>> it = e.path("indicators").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> indicator = it.next();
                if (!indicator.getValue().equals(a.path("indicators").path(indicator.getKey()))) {
                    return e.path("day").asText() + " " + indicator.getKey() + ": expected " + indicator.getValue()
                            + ", got " + a.path("indicators").path(indicator.getKey());
                }
            }
        }
        return expected.equals(actual) ? "" : "another field differs";
    }
}
