package io.ticketradar.app.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.warehouse.Warehouse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of {@code failure_cases} and {@code failure_patterns} written as the failure-case job and the emergence
 * detector (issue 7, built in parallel) write them, so the R&D and opportunities pages have figures to show on a
 * stack that does not run those jobs yet. The pages are checked against what the API answers, whoever wrote the rows.
 */
final class DetectorRows {

    static final String PATTERN_ID = "pages-test-can-after-screen";
    static final String PATTERN_TITLE = "非原厂屏幕加装后 CAN 通信中断";
    static final List<String> FAULTS = List.of("LV-CAN-01", "HV-OBC-LT01", "SW-TBX-01");
    private static final int DAYS = 30;
    private static final ObjectMapper JSON = new ObjectMapper();

    private DetectorRows() {}

    /** For each of the last 30 days up to today: a few cases of each fault, the first fault growing. */
    static void writeCases(Warehouse warehouse, String tenant, LocalDate today) {
        List<String> rows = new ArrayList<>();
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = today.minusDays(DAYS - 1 - d);
            for (int f = 0; f < FAULTS.size(); f++) {
                int cases = f == 0 ? 1 + d / 5 : 2 + (d + f) % 3;
                for (int c = 0; c < cases; c++) {
                    String id = "pages-" + day + "-" + f + "-" + c;
                    ObjectNode row = JSON.createObjectNode()
                            .put("tenant_id", tenant)
                            .put("case_id", id)
                            .put("ticket_id", "T-" + id)
                            .put("day", day.toString())
                            .put("created_at", day + " 02:00:00.000")
                            .put("device_sn", "PGTS-" + (c % 4))
                            .put("fault_code", FAULTS.get(f))
                            .put("product_model", "HU-10")
                            .put("batch", "PGTS")
                            .put("firmware", "2.4." + (c % 2))
                            .put("region", c % 2 == 0 ? "华东" : "华南")
                            .put("site_id", "S-PAGES")
                            .put("temp_band", "[5,10)")
                            .put("as_of", day + " 02:00:00.000")
                            .put("version", 1);
                    row.putArray("codes").add("fault:" + FAULTS.get(f));
                    rows.add(row.toString());
                }
            }
        }
        warehouse.insertJsonRows("failure_cases", rows);
    }

    /** One emerging pattern tagged as a service opportunity, with its daily series over the last 14 days. */
    static void writeOpportunity(Warehouse warehouse, String tenant, LocalDate today) {
        ObjectNode row = JSON.createObjectNode()
                .put("tenant_id", tenant)
                .put("pattern_id", PATTERN_ID)
                .put("status", "emerging")
                .put("detected_on", today.minusDays(3).toString())
                .put("onset_estimate", today.minusDays(5).toString())
                .put("last_flagged_on", today.toString())
                .put("evaluated_at", today + " 01:00:00.000")
                .put("observed", 38)
                .put("expected", 7.0)
                .put("ratio", 5.4)
                .put("p_value", 0.0001)
                .put("window_days", 7)
                .put("support", 38)
                .put("title_zh", PATTERN_TITLE)
                .put("title_en", "CAN communication lost after non-original screens")
                .put("description_zh", "自" + today.minusDays(5) + "起，华东 CAN通信中断 38 单，预期 7 单（×5.4）；87% 加装了非原厂屏幕")
                .put(
                        "description_en",
                        "38 CAN communication failures in 华东 vs 7 expected (×5.4); 87% had a non-original screen")
                .put("opportunity", true)
                .put("opportunity_reason", "aftermarket: photo:non_oem_screen") // as the detector's rule writes it
                .put("version", 1);
        row.putArray("defining_codes").add("fault:LV-CAN-01").add("region:华东");
        row.putArray("example_tickets").add("T-pages-example-1").add("T-pages-example-2");
        ArrayNode co = JSON.createArrayNode();
        co.addObject()
                .put("code", "photo:non_oem_screen")
                .put("share", 0.87)
                .put("baseline_share", 0.05)
                .put("lift", 17.4);
        row.put("co_occurring", co.toString());
        ArrayNode daily = JSON.createArrayNode();
        for (int d = 13; d >= 0; d--) {
            daily.addObject()
                    .put("day", today.minusDays(d).toString())
                    .put("observed", d < 6 ? 6 - d / 2 : 1)
                    .put("expected", 1.0);
        }
        row.put("daily", daily.toString());
        ObjectNode hints = JSON.createObjectNode();
        hints.putArray("teams").add("TECH-LV");
        hints.putArray("parts").add("P-CAN-TERM");
        hints.putArray("root_causes").add("非原厂屏幕终端电阻缺失");
        hints.put("resolution", "恢复原厂屏幕或加装终端电阻");
        row.put("hints", hints.toString());
        warehouse.insertJsonRows("failure_patterns", List.of(row.toString()));
    }
}
