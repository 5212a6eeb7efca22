package io.ticketradar.pipelines.testing;

import io.ticketradar.warehouse.Warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The second implementation: {@code batch/indicators.sql} computes a tenant's indicators from the raw
 * {@code ticket_events}, and {@link #compare} holds them against what the streaming jobs wrote into
 * {@code health_indicators}, row by row (day, region, engineer, indicator). A row one side lacks counts as
 * 0 of 0 (a backlog row, a count: as 0 tickets). Backlog rows after the tenant's last event day are not compared: the stream keeps taking daily
 * snapshots while its deadlines run out at the end of the input.
 */
public final class BatchCheck {

    /** How a comparison went: rows compared and the differences found (empty when they agree). */
    public record Outcome(int rows, List<String> differences) {}

    private BatchCheck() {}

    public static Outcome compare(Warehouse warehouse, String tenant, ZoneId zone) {
        Map<List<String>, double[]> batch = rows(batchRows(warehouse, tenant, zone));
        String lastDay = (String) warehouse
                .query(
                        "SELECT toString(toDate(max(ts), ?)) AS d FROM ticket_events FINAL" + " WHERE tenant_id = ?",
                        zone.getId(),
                        tenant)
                .getFirst()
                .get("d");
        Map<List<String>, double[]> streamed = rows(warehouse.query(
                "SELECT toString(day) AS day, region, engineer_id,"
                        + " indicator, numerator, denominator FROM (SELECT * FROM health_indicators FINAL WHERE tenant_id = ?"
                        + " AND NOT (startsWith(indicator, 'backlog') AND day > toDate(?)))",
                tenant,
                lastDay));
        List<String> differences = new ArrayList<>();
        TreeSet<List<String>> keys = new TreeSet<>((a, b) -> String.join("|", a).compareTo(String.join("|", b)));
        keys.addAll(batch.keySet());
        keys.addAll(streamed.keySet());
        for (List<String> key : keys) {
            double[] absent = key.get(3).startsWith("backlog") ? new double[] {0, 1} : new double[] {0, 0};
            double[] b = batch.getOrDefault(key, absent);
            double[] s = streamed.getOrDefault(key, absent);
            if (!close(b[0], s[0]) || !close(b[1], s[1])) {
                differences.add(
                        tenant + " " + key + ": batch " + b[0] + "/" + b[1] + ", streaming " + s[0] + "/" + s[1]);
            }
        }
        return new Outcome(keys.size(), differences);
    }

    private static List<Map<String, Object>> batchRows(Warehouse warehouse, String tenant, ZoneId zone) {
        String script = resource("/batch/indicators.sql")
                .replace("{tenant}", "'" + tenant + "'")
                .replace("{zone}", "'" + zone.getId() + "'");
        List<String> statements = new ArrayList<>();
        for (String statement : script.split(";\\s*\\n")) {
            if (!statement
                    .lines()
                    .allMatch(line -> line.isBlank() || line.strip().startsWith("--"))) {
                statements.add(statement.strip());
            }
        }
        for (String statement : statements.subList(0, statements.size() - 1)) {
            warehouse.execute(statement);
        }
        return warehouse.query(statements.getLast());
    }

    private static Map<List<String>, double[]> rows(List<Map<String, Object>> rows) {
        Map<List<String>, double[]> byKey = new HashMap<>();
        for (Map<String, Object> r : rows) {
            byKey.put(
                    List.of((String) r.get("day"), (String) r.get("region"), (String) r.get("engineer_id"), (String)
                            r.get("indicator")),
                    new double[] {
                        ((Number) r.get("numerator")).doubleValue(), ((Number) r.get("denominator")).doubleValue()
                    });
        }
        return byKey;
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    private static String resource(String name) {
        try (InputStream in = BatchCheck.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
