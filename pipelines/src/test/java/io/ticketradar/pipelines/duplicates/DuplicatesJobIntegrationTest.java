package io.ticketradar.pipelines.duplicates;

import io.ticketradar.events.Event;
import io.ticketradar.pipelines.testing.BoundedRun;
import io.ticketradar.pipelines.testing.MiniClusters;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static io.ticketradar.pipelines.duplicates.TicketEvents.closed;
import static io.ticketradar.pipelines.duplicates.TicketEvents.created;
import static io.ticketradar.pipelines.duplicates.TicketEvents.diagnosed;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The duplicates job in the whole application on the MiniCluster (two slots, so tickets of one group meet across
 * subtasks) into the embedded warehouse: every edge of DOMAIN.md §6 in one scripted stream.
 */
@Tag("stack")
class DuplicatesJobIntegrationTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = MiniClusters.withSlots(2);

    private static final String A = "tenant-a";
    private static final String B = "tenant-b";

    /** Every edge, each on its own customer: which tickets go into which is in {@link #edges}. */
    private static List<Event> stream() {
        return List.of(
                // a chain: B shares A's phone, C shares B's device but nothing with A
                created(A, "A1", 0, "C-1", "13800000001", "SN-1", "S01", "S02"),
                created(A, "B1", 10, "C-2", "138-0000-0001", "SN-2", "S02"),
                created(A, "C1", 20, "C-3", "13900000003", "SN-2", "S02", "S09"),
                // another tenant's ticket with A1's phone and device
                created(B, "X1", 5, "C-1", "13800000001", "SN-1", "S01"),
                // closed before its look-alike came
                created(A, "E1", 100, "C-5", "13700000005", "SN-5", "S03"),
                closed(A, "E1", 101),
                created(A, "F1", 102, "C-5", "13700000005", "SN-5", "S03"),
                // exactly 72 h apart, and 72 h and a minute apart
                created(A, "G1", 200, "C-7", "13700000007", "SN-7", "S04"),
                created(A, "H1", 272, "C-7", "13700000007", "SN-70", "S04"),
                created(A, "K1", 400, "C-9", "13700000009", "SN-9", "S07"),
                created(A, "L1", 472 + 1 / 60.0, "C-9", "13700000009", "SN-90", "S07"),
                // no common symptom until both are diagnosed with the same fault
                created(A, "I1", 300, "C-8", "13700000008", "SN-8", "S05"),
                created(A, "J1", 301, "C-8", "13700000008", "SN-8", "S06"),
                diagnosed(A, "I1", 302, "HV-OBC-01"),
                diagnosed(A, "J1", 320, "HV-OBC-01"));
    }

    @Test
    void edges() throws Exception {
        try (BoundedRun run = BoundedRun.open()) {
            run.runToEnd(stream(), 2);

            List<Map<String, Object>> rows = run.warehouse().query("""
                            SELECT tenant_id, ticket_id, into_ticket_id, matched_ticket_id, status, matched_keys,
                                   shared_symptoms, shared_fault_code, hours_apart
                            FROM merge_suggestions FINAL ORDER BY tenant_id, ticket_id""");

            assertEquals(
                    List.of("B1>A1", "C1>A1", "H1>G1", "J1>I1"),
                    rows.stream()
                            .map(r -> r.get("ticket_id") + ">" + r.get("into_ticket_id"))
                            .toList(),
                    "a chain into its earliest; never another tenant's, a closed one or one over 72 h: " + rows);
            assertEquals(
                    List.of(A),
                    rows.stream().map(r -> r.get("tenant_id")).distinct().toList());
            Map<String, Object> chained = rows.get(1);
            assertEquals("B1", chained.get("matched_ticket_id"));
            assertEquals(List.of("device_sn"), chained.get("matched_keys"));
            assertEquals(List.of("S02"), chained.get("shared_symptoms"));
            assertEquals(10.0, ((Number) chained.get("hours_apart")).doubleValue());
            assertEquals(List.of("customer_phone"), rows.get(0).get("matched_keys"), "phones compared by digits");
            assertEquals(72.0, ((Number) rows.get(2).get("hours_apart")).doubleValue());
            Map<String, Object> diagnosed = rows.get(3);
            assertEquals("HV-OBC-01", diagnosed.get("shared_fault_code"));
            assertEquals(List.of(), diagnosed.get("shared_symptoms"));
            assertEquals(
                    List.of("suggested"),
                    rows.stream().map(r -> r.get("status")).distinct().toList());
        }
    }

    @Test
    void aTenantWhosePolicyIsToMergeGetsMerges() throws Exception {
        try (BoundedRun run = BoundedRun.open()) {
            run.configure(s -> s.withDuplicates(DuplicateSettings.defaults().withTenant(A, MergePolicy.MERGE)));
            run.runToEnd(stream(), 2);

            assertEquals(
                    List.of(Map.of("status", "merged", "n", 4L)),
                    run.warehouse().query("SELECT status, count() AS n FROM merge_suggestions FINAL GROUP BY status"));
        }
    }
}
