package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.warehouse.tables.HeatmapCells;
import io.ticketradar.warehouse.tables.TicketFacts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.ticketradar.api.TestApi.OTHER_TENANT;
import static io.ticketradar.api.TestApi.TENANT;
import static io.ticketradar.api.TestApi.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code GET /api/v1/heatmap} and its drill-down {@code /heatmap/tickets} over real HTTP against the embedded warehouse. */
class HeatmapApiTest {

    /** 01:00 on 2026-01-11 in Shanghai, still the 10th in UTC. */
    private static final Instant NOW = Instant.parse("2026-01-10T17:00:00Z");

    private static final String EAST = encode("华东");

    private static TestApi api;

    @BeforeAll
    static void start() {
        api = TestApi.start(new TenantDays(Clock.fixed(NOW, ZoneOffset.UTC), TenantDays.DEFAULT_ZONE, Map.of()));
        api.insert(
                HeatmapCells.TABLE,
                List.of(
                        cell(TENANT, "day", "2026-01-05", "region", "华东", "fault", "", 2, 0, 1, 1),
                        cell(TENANT, "day", "2026-01-05", "region", "华东", "fault", "F-OBC-01", 2, 0, 0, 1),
                        cell(TENANT, "day", "2026-01-05", "region", "华东", "fault", "F-OBC-01", 3, 1, 0, 2),
                        cell(TENANT, "day", "2026-01-05", "region", "华南", "fault", "F-CAN-02", 1, 0, 0, 1),
                        cell(TENANT, "day", "2026-01-05", "region", "华南", "fault", "", 1, 0, 0, 1),
                        cell(TENANT, "day", "2026-01-05", "region", "华南", "fault", "", 0, 0, 0, 2),
                        cell(TENANT, "day", "2026-01-05", "site", "S-1", "domain", "HV", 1, 0, 0, 1),
                        cell(TENANT, "7d", "2026-01-11", "region", "华东", "fault", "F-OBC-01", 5, 2, 1, 4),
                        cell(OTHER_TENANT, "day", "2026-01-05", "region", "华东", "fault", "F-OBC-01", 7, 7, 7, 1)));
        api.insert(
                TicketFacts.TABLE,
                List.of(
                        fact(TENANT, "T1", "2026-01-05 01:00:00.000", "2026-01-05", "华东", "S-1", "", "", false, 1),
                        fact(
                                TENANT,
                                "T1",
                                "2026-01-05 01:00:00.000",
                                "2026-01-05",
                                "华东",
                                "S-1",
                                "F-OBC-01",
                                "HV",
                                true,
                                2),
                        fact(TENANT, "T2", "2026-01-05 02:00:00.000", "2026-01-05", "华东", "S-1", "", "", false, 1),
                        fact(
                                TENANT,
                                "T3",
                                "2026-01-05 03:00:00.000",
                                "2026-01-05",
                                "华东",
                                "S-2",
                                "F-OBC-01",
                                "HV",
                                false,
                                1),
                        fact(
                                TENANT,
                                "T4",
                                "2026-01-05 03:00:00.000",
                                "2026-01-05",
                                "华东",
                                "S-2",
                                "F-OBC-01",
                                "HV",
                                false,
                                1),
                        fact(
                                TENANT,
                                "T5",
                                "2026-01-08 03:00:00.000",
                                "2026-01-08",
                                "华东",
                                "S-2",
                                "F-OBC-01",
                                "HV",
                                false,
                                1),
                        fact(
                                TENANT,
                                "T6",
                                "2026-01-04 03:00:00.000",
                                "2026-01-04",
                                "华东",
                                "S-2",
                                "F-OBC-01",
                                "HV",
                                false,
                                1),
                        fact(
                                OTHER_TENANT,
                                "T7",
                                "2026-01-05 03:00:00.000",
                                "2026-01-05",
                                "华东",
                                "S-1",
                                "F-OBC-01",
                                "HV",
                                false,
                                1)));
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void aDaysCellsWithTicketsComeByXThenYTheUndiagnosedLabelled() {
        JsonNode body = api.ok("/api/v1/heatmap?date=2026-01-05");

        assertEquals(TestApi.json("""
                {"window":"day","date":"2026-01-05","from":"2026-01-05","to":"2026-01-05","x":"region","y":"fault",
                 "total":3,"limit":1000,"offset":0,"cells":[
                   {"x":"华东","y":"","y_label":"未诊断","tickets":2,"overdue":0,"breakpoints":1},
                   {"x":"华东","y":"F-OBC-01","y_label":"F-OBC-01","tickets":3,"overdue":1,"breakpoints":0},
                   {"x":"华南","y":"F-CAN-02","y_label":"F-CAN-02","tickets":1,"overdue":0,"breakpoints":0}]}"""), body, "the newest version of each cell; a cell emptied to zeros is left out");
        assertEquals(
                TestApi.json(
                        "[{\"x\":\"S-1\",\"y\":\"HV\",\"y_label\":\"HV\",\"tickets\":1,\"overdue\":0,\"breakpoints\":0}]"),
                api.ok("/api/v1/heatmap?window=day&date=2026-01-05&x=site&y=domain")
                        .path("cells"));
    }

    @Test
    void cellsComeAPageAtATimeWhenAsked() {
        JsonNode second = api.ok("/api/v1/heatmap?date=2026-01-05&limit=1&offset=1");

        assertEquals(3, second.path("total").asInt());
        assertEquals(1, second.path("cells").size());
        assertEquals("F-OBC-01", second.path("cells").get(0).path("y").asText());
        api.assertBadRequest("/api/v1/heatmap?date=2026-01-05&limit=10001", "limit");
    }

    @Test
    void sevenDaysEndOnTheDateOrOnTheTenantsToday() {
        JsonNode week = api.ok("/api/v1/heatmap?window=7d&date=2026-01-11");
        assertEquals("2026-01-05", week.path("from").asText());
        assertEquals("2026-01-11", week.path("to").asText());
        assertEquals(5, week.path("cells").get(0).path("tickets").asInt());

        assertEquals(
                week, api.ok("/api/v1/heatmap?window=7d"), "today is the 11th in Shanghai, though the 10th in UTC");
    }

    @Test
    void anotherTenantsCellsAndTicketsNeverShow() {
        JsonNode cells = api.get("/api/v1/heatmap?date=2026-01-05", api.otherToken)
                .json()
                .path("cells");
        assertEquals(1, cells.size());
        assertEquals(7, cells.get(0).path("tickets").asInt());
        assertEquals(
                List.of("T7"),
                ticketIds(api.get(
                                "/api/v1/heatmap/tickets?date=2026-01-05&x_value=" + EAST + "&y_value=F-OBC-01",
                                api.otherToken)
                        .json()));
        assertEquals(
                List.of("T1"),
                ticketIds(api.ok("/api/v1/heatmap/tickets?date=2026-01-05&x=site&x_value=S-1" + "&y_value=F-OBC-01")),
                "not the other tenant's T7 of the same site and fault");
    }

    @Test
    void aCellsTicketsComeOldestFirstAPageAtATime() {
        JsonNode all = api.ok(
                "/api/v1/heatmap/tickets?date=2026-01-05&x=region&y=fault&x_value=" + EAST + "&y_value=F-OBC-01");
        assertEquals(List.of("T1", "T3", "T4"), ticketIds(all));
        assertEquals(3, all.path("total").asInt());
        assertEquals(TestApi.json("""
                {"ticket_id":"T1","created_at":"2026-01-05T01:00:00Z","priority":"P2","stage":"TECH","overdue":false,
                 "breakpoint":true,"closed":false}"""), all.path("tickets").get(0));

        JsonNode first =
                api.ok("/api/v1/heatmap/tickets?date=2026-01-05&x_value=" + EAST + "&y_value=F-OBC-01&limit=2");
        assertEquals(List.of("T1", "T3"), ticketIds(first));
        assertEquals(3, first.path("total").asInt());
        assertEquals(2, first.path("limit").asInt());
        assertEquals(
                List.of("T4"),
                ticketIds(api.ok("/api/v1/heatmap/tickets?date=2026-01-05&x_value=" + EAST
                        + "&y_value=F-OBC-01&limit=2&offset=2")));
    }

    @Test
    void aTicketIsInTheCellOfItsNewestFactsOnly() {
        JsonNode undiagnosed = api.ok("/api/v1/heatmap/tickets?date=2026-01-05&x_value=" + EAST + "&y_value=");
        assertEquals(List.of("T2"), ticketIds(undiagnosed), "T1 was diagnosed since");
        assertEquals("", undiagnosed.path("y_value").asText());
        assertEquals(
                List.of("T1"),
                ticketIds(
                        api.ok("/api/v1/heatmap/tickets?date=2026-01-05&x=site&y=domain&x_value=S-1" + "&y_value=HV")));
    }

    @Test
    void sevenDaysHoldTheTicketsCreatedInThem() {
        JsonNode week =
                api.ok("/api/v1/heatmap/tickets?window=7d&date=2026-01-11&x_value=" + EAST + "&y_value=F-OBC-01");
        assertEquals(List.of("T1", "T3", "T4", "T5"), ticketIds(week), "not T6, created the day before");
        assertEquals("2026-01-05", week.path("from").asText());
    }

    @Test
    void badParametersAre400sNamingTheParameter() {
        for (String path : List.of("/api/v1/heatmap", "/api/v1/heatmap/tickets")) {
            String cell = path.endsWith("tickets") ? "&x_value=" + EAST + "&y_value=" : "";
            api.assertBadRequest(path + "?x=region" + cell, "date");
            api.assertBadRequest(path + "?date=2026-01-32" + cell, "date");
            api.assertBadRequest(path + "?window=7d&date=yesterday" + cell, "date");
            api.assertBadRequest(path + "?window=week&date=2026-01-05" + cell, "window");
            api.assertBadRequest(path + "?date=2026-01-05&x=" + EAST + cell, "x");
            api.assertBadRequest(path + "?date=2026-01-05&x=Region" + cell, "x");
            api.assertBadRequest(path + "?date=2026-01-05&y=symptom" + cell, "y");
        }
        String day = "/api/v1/heatmap/tickets?date=2026-01-05";
        api.assertBadRequest(day + "&y_value=F-OBC-01", "x_value");
        api.assertBadRequest(day + "&x_value=&y_value=F-OBC-01", "x_value");
        api.assertBadRequest(day + "&x_value=" + EAST, "y_value");
        for (String page : List.of("limit=0", "limit=1001", "limit=ten", "offset=-1", "offset=1.5")) {
            api.assertBadRequest(day + "&x_value=" + EAST + "&y_value=&" + page, page.substring(0, page.indexOf('=')));
        }
    }

    @Test
    void aCellsTicketsExportAsCsv() {
        ApiClient.Download csv = api.client.download(
                "/api/v1/heatmap/tickets?date=2026-01-05&x_value=" + EAST + "&y_value=F-OBC-01&format=csv", api.token);

        assertEquals(200, csv.status());
        assertEquals(
                "\uFEFFticket_id,created_at,priority,stage,overdue,breakpoint,closed,region,fault\r\n"
                        + "T1,2026-01-05T01:00:00Z,P2,TECH,false,true,false,华东,F-OBC-01\r\n"
                        + "T3,2026-01-05T03:00:00Z,P2,TECH,false,false,false,华东,F-OBC-01\r\n"
                        + "T4,2026-01-05T03:00:00Z,P2,TECH,false,false,false,华东,F-OBC-01\r\n",
                new String(csv.body(), StandardCharsets.UTF_8));
    }

    @Test
    void theHeatmapNeedsABearerToken() {
        assertEquals(401, api.get("/api/v1/heatmap?date=2026-01-05", null).status());
        assertEquals(
                401,
                api.get("/api/v1/heatmap/tickets?date=2026-01-05&x_value=a&y_value=", null)
                        .status());
    }

    private static List<String> ticketIds(JsonNode body) {
        List<String> ids = new ArrayList<>();
        body.path("tickets").forEach(t -> ids.add(t.path("ticket_id").asText()));
        return ids;
    }

    private static Map<String, Object> cell(
            String tenant,
            String window,
            String day,
            String xKind,
            String x,
            String yKind,
            String y,
            int tickets,
            int overdue,
            int breakpoints,
            long version) {
        Map<String, Object> cell = TestRows.heatmapCell(tenant, day, xKind, x, y, tickets, overdue, breakpoints);
        cell.putAll(TestApi.row(
                HeatmapCells.WINDOW,
                window,
                HeatmapCells.Y_KIND,
                yKind,
                HeatmapCells.AS_OF,
                day + " 00:00:00.000",
                HeatmapCells.VERSION,
                version));
        return cell;
    }

    /** The columns the drill-down reads; the others take their defaults. */
    private static Map<String, Object> fact(
            String tenant,
            String ticket,
            String createdAt,
            String cohortDay,
            String region,
            String site,
            String fault,
            String domain,
            boolean breakpoint,
            long version) {
        return TestApi.row(
                TicketFacts.TENANT_ID,
                tenant,
                TicketFacts.TICKET_ID,
                ticket,
                TicketFacts.CREATED_AT,
                createdAt,
                TicketFacts.COHORT_DAY,
                cohortDay,
                TicketFacts.REGION,
                region,
                TicketFacts.SITE_ID,
                site,
                TicketFacts.PRIORITY,
                "P2",
                TicketFacts.FAULT_CODE,
                fault,
                TicketFacts.DOMAIN,
                domain,
                TicketFacts.LAST_STAGE,
                "TECH",
                TicketFacts.BREAKPOINT,
                breakpoint,
                TicketFacts.OVERDUE,
                false,
                TicketFacts.CLOSED,
                false,
                TicketFacts.VERSION,
                version);
    }
}
