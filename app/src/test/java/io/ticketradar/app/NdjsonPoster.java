package io.ticketradar.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.datasets.generate.GeneratedRecord;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Posts generated records to {@code POST /api/v1/events} as a source would: in publish order, as NDJSON batches, and
 * reads back what the API refused. A record is as many NDJSON lines as it has non-blank lines (a spoilt record may
 * hold a newline, and a blank one is no line at all); the API numbers the lines of a batch, so each line remembers
 * its record.
 */
final class NdjsonPoster {

    private static final int MAX_LINES = 2_000;
    private static final int MAX_BYTES = 4 * 1024 * 1024;

    /**
     * What the API made of the records.
     *
     * @param refused  by record position, the reasons its lines were refused with
     * @param accepted events the API accepted, as it counted them
     * @param batches  requests sent
     */
    record Outcome(Map<Long, List<String>> refused, long accepted, int batches) {}

    private record Line(long seq, byte[] bytes) {}

    private final ApiCalls api;

    NdjsonPoster(ApiCalls api) {
        this.api = api;
    }

    Outcome post(List<GeneratedRecord> records) {
        Map<Long, List<String>> refused = new TreeMap<>();
        long accepted = 0;
        int batches = 0;
        List<Line> batch = new ArrayList<>();
        int bytes = 0;
        for (int seq = 0; seq < records.size(); seq++) {
            for (String text : lines(records.get(seq))) {
                Line line = new Line(seq, text.getBytes(StandardCharsets.UTF_8));
                // The API refuses a whole NDJSON body whose first line is not an object, so a batch is cut only
                // before a line that is one.
                boolean full = batch.size() >= MAX_LINES || bytes + line.bytes().length > MAX_BYTES;
                if (full && text.stripLeading().startsWith("{")) {
                    accepted += send(batch, refused);
                    batches++;
                    batch.clear();
                    bytes = 0;
                }
                batch.add(line);
                bytes += line.bytes().length + 1;
            }
        }
        if (!batch.isEmpty()) {
            accepted += send(batch, refused);
            batches++;
        }
        return new Outcome(refused, accepted, batches);
    }

    /** The NDJSON lines a record makes: its non-blank lines. */
    static List<String> lines(GeneratedRecord record) {
        return Arrays.stream(new String(record.value(), StandardCharsets.UTF_8).split("\n"))
                .filter(line -> !line.isBlank())
                .toList();
    }

    /** Posts one batch and records its refusals; returns the events accepted. */
    private long send(List<Line> batch, Map<Long, List<String>> refused) {
        byte[] body =
                new byte[batch.stream().mapToInt(l -> l.bytes().length + 1).sum()];
        int at = 0;
        for (Line line : batch) {
            System.arraycopy(line.bytes(), 0, body, at, line.bytes().length);
            at += line.bytes().length;
            body[at++] = '\n';
        }
        ApiCalls.Answer answer = api.post("/api/v1/events", "application/x-ndjson", body);
        if (answer.status() != 200) {
            throw new AssertionError("a batch of " + batch.size() + " events from record "
                    + batch.getFirst().seq() + " was refused as a whole: " + answer.status() + " " + answer.body());
        }
        JsonNode json = answer.json();
        Map<Integer, String> reasons = new HashMap<>();
        json.get("rejected")
                .forEach(
                        r -> reasons.put(r.get("index").asInt(), r.get("reason").asText()));
        reasons.forEach(
                (index, reason) -> refused.computeIfAbsent(batch.get(index).seq(), s -> new ArrayList<>())
                        .add(reason));
        return json.get("accepted").asLong();
    }
}
