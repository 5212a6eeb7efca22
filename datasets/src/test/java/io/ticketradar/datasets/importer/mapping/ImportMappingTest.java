package io.ticketradar.datasets.importer.mapping;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A mapping is checked as a whole when it loads, so a typo fails before the first row, with the key named. */
class ImportMappingTest {
    private static final String TICKETS = """
            shape: tickets
            columns: {ticket_id: 工单号, created_at: 创建时间, customer_id: 客户, device_sn: SN, product_model: 型号,
                      site_id: 网点, region: 区域, priority: 优先级}
            defaults: {channel: phone}
            """;

    @TempDir
    Path dir;

    @Test
    void aCompleteMappingLoadsInYamlOrJson() throws IOException {
        ImportMapping yaml = load("m.yaml", TICKETS + "values: {diagnostic: {是: true, 否: false}}\n");
        assertEquals(Shape.TICKETS, yaml.shape());
        assertEquals("true", yaml.values(Field.DIAGNOSTIC).get("是"));
        assertEquals("Asia/Shanghai", yaml.zone().getId());
        ImportMapping json = load("m.json", """
                {"shape": "event_log", "time_zone": "UTC", "encoding": "GBK",
                 "columns": {"ticket_id": "number", "changed_at": "sys_updated_on", "state": "state", "customer_id": "caller",
                             "device_sn": "ci", "product_model": "model", "site_id": "location", "region": "region", "priority": "priority"},
                 "defaults": {"channel": "phone"}, "states": {"In Progress": "open", "Closed": "CLOSED"}}
                """);
        assertEquals(TicketState.CLOSED, json.states().get("closed"), "states match ignoring case");
        assertEquals("GBK", json.encoding().name());
    }

    @Test
    void mistakesNameTheirKey() throws IOException {
        Map<String, String> cases = Map.of(
                TICKETS.replace("shape: tickets", "shape: rows"),
                "shape must be one of tickets, event_log, got rows",
                TICKETS.replace("客户", "客户, custmer_id: 客户2"),
                "columns: shape tickets has no field custmer_id",
                TICKETS.replace("created_at: 创建时间, ", ""),
                "shape tickets needs a column for created_at",
                TICKETS.replace("defaults: {channel: phone}", ""),
                "every ticket needs channel: name its column under columns, or give it under defaults",
                TICKETS + "time_zone: Beijing\n",
                "time_zone Beijing is not a time zone",
                TICKETS + "date_formats: [\"yyyy-MM-dd qqqqqq\"]\n",
                "date_formats: 'yyyy-MM-dd qqqqqq' is not a date format",
                TICKETS + "encoding: GB9999\n",
                "encoding GB9999 is not one Java knows",
                TICKETS + "states: {Closed: closed}\n",
                "states, groups and first_response are for shape event_log",
                TICKETS + "colums: {}\n",
                "Unrecognized field \"colums\"");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> load("bad.yaml", c.getKey()), c.getValue());
            assertTrue(e.getMessage().contains(c.getValue()), e.getMessage() + " should say " + c.getValue());
        }
    }

    @Test
    void anEventLogNeedsItsStatesAndGroups() throws IOException {
        String log = """
                shape: event_log
                columns: {ticket_id: n, changed_at: t, state: s, group: g, customer_id: c, device_sn: d, product_model: p,
                          site_id: l, region: r, priority: y}
                defaults: {channel: phone}
                """;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> load("log.yaml", log));
        assertTrue(e.getMessage().contains("needs states"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> load("log.yaml", log + "states: {New: open}\n"));
        assertTrue(e.getMessage().contains("a group column needs groups"), e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class,
                () -> load("log.yaml", log + "states: {New: open}\ngroups: {Desk: SALES}\n"));
        assertTrue(
                e.getMessage().contains("groups.Desk must be one of CS, TECH, PARTS, FIELD, got SALES"),
                e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class,
                () -> load(
                        "log.yaml",
                        log + "states: {New: open}\ngroups: {\"*\": CS}\n"
                                + "first_response: {on: state, state: Working}\n"));
        assertTrue(e.getMessage().contains("first_response.state Working is not listed under states"), e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class,
                () -> load(
                        "log.yaml", log + "states: {New: open}\ngroups: {\"*\": CS}\nfirst_response: {on: reply}\n"));
        assertTrue(e.getMessage().contains("first_response.on must be one of state, assignee"), e.getMessage());
    }

    private ImportMapping load(String name, String text) throws IOException {
        return ImportMapping.load(Files.writeString(dir.resolve(name), text));
    }
}
