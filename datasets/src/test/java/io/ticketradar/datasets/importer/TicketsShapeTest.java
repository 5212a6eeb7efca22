package io.ticketradar.datasets.importer;

import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.datasets.importer.mapping.ImportMapping;
import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody.FirstResponse;
import io.ticketradar.events.EventBody.StageChanged;
import io.ticketradar.events.EventBody.TicketAssigned;
import io.ticketradar.events.EventBody.TicketCreated;
import io.ticketradar.events.EventBody.TicketResolved;
import io.ticketradar.events.Priority;
import io.ticketradar.events.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shape tickets, from a workbook made through POI: merged cells, mixed date formats, and a bad row of every kind. */
class TicketsShapeTest {
    static final String MAPPING = """
            shape: tickets
            columns:
              ticket_id: 工单号
              created_at: 创建时间
              customer_id: 客户
              customer_phone: 电话
              device_sn: 设备SN码
              product_model: 产品型号
              site_id: 网点
              region: 区域
              symptoms: 故障现象
              priority: 优先级
              first_response_at: 首次响应时间
              diagnostic: 是否诊断
              stage: 当前环节
              responder: 处理人
              assignee: 处理人
              resolved_at: 解决时间
              closed_at: 关闭时间
              ambient_temp_c: 环境温度
            values:
              priority: {紧急: P1, 高: P2, 中: P3, 低: P4}
              stage: {客服: CS, 技术: TECH, 备件: PARTS, 现场: FIELD}
              diagnostic: {是: true, 否: false}
            defaults:
              channel: phone
            """;
    static final Object[] HEADERS = {
        "工单号", "创建时间", "客户", "电话", "设备SN码", "产品型号", "网点", "区域", "故障现象", "优先级", "首次响应时间", "是否诊断", "当前环节", "处理人", "解决时间",
        "关闭时间", "环境温度"
    };

    @TempDir
    static Path dir;

    private static ImportMapping mapping;
    private static Importer.Result result;
    private static Map<String, List<Event>> tickets;

    @BeforeAll
    static void importTheWorkbook() throws IOException {
        mapping = Imports.mapping(dir, MAPPING);
        result = Imports.run(workbook("tickets.xlsx", null), mapping);
        tickets = Imports.byTicket(Imports.events(result));
    }

    /** @param t2ResolvedAt null, or when ticket T2 was resolved, as a later version of the sheet says */
    static Path workbook(String name, String t2ResolvedAt) throws IOException {
        return new SheetBuilder("工单")
                .row(HEADERS)
                .row(
                        "T1",
                        "2026/1/5 9:00",
                        "张三",
                        13962118803L,
                        "SN1",
                        "OBC-6K6",
                        "SITE-A",
                        "华东",
                        "无法充电、仪表报警",
                        "高",
                        "2026-01-05 09:40:00",
                        "是",
                        "现场",
                        "E-1",
                        "2026年1月7日 14时",
                        LocalDateTime.of(2026, 1, 8, 10, 0),
                        "-3℃")
                .row(
                        "T2",
                        LocalDateTime.of(2026, 1, 5, 10, 15),
                        "李四",
                        "13812260417",
                        "SN2",
                        "OBC-6K6",
                        null,
                        null,
                        "charge_interrupted",
                        "中",
                        46027.5,
                        "否",
                        "客服",
                        "E-2",
                        t2ResolvedAt,
                        null,
                        5)
                .row("T3", "2026年1月5日 11时", "王五", null, "SN3", "HU-1280", null, null, null, "低")
                .merge("G2:G4")
                .row("T4", "2026-13-45", "赵六", "1", "SN4", "HU-1280", "SITE-B", null, null, "低")
                .merge("H2:H5")
                .row("T5", "2026/1/6 9:00", "孙七", "1", "SN5", "HU-1280", "SITE-B", "华南", null, "特急")
                .row("T6", "2026/1/6 9:00", "周八", "1", null, "HU-1280", "SITE-B", "华南", null, "低")
                .row(
                        "T7",
                        "2026/1/6 9:00",
                        "吴九",
                        "1",
                        "SN7",
                        "HU-1280",
                        "SITE-B",
                        "华南",
                        null,
                        "低",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "冷")
                .row(
                        "T8",
                        "2026/1/6 9:00",
                        "郑十",
                        "1",
                        "SN8",
                        "HU-1280",
                        "SITE-B",
                        "华南",
                        null,
                        "低",
                        null,
                        null,
                        null,
                        null,
                        "2026/1/5 9:00")
                .row("T1", "2026/1/6 9:00", "张三", "1", "SN1", "HU-1280", "SITE-B", "华南", null, "低")
                .row(
                        "T9",
                        "2026/1/6 9:00",
                        "陈一",
                        "1",
                        "SN9",
                        "HU-1280",
                        "SITE-B",
                        "华南",
                        null,
                        "低",
                        "2026/1/6 9:30",
                        null,
                        "客服",
                        "E-9")
                .write(dir.resolve(name));
    }

    @Test
    void everyBadRowIsReportedWithRowColumnAndReasonAndTheGoodRowsGoIn() {
        List<String> rejected =
                result.report().rejected().stream().map(RowError::toString).toList();
        assertEquals(
                List.of(
                        "row 5, column 创建时间 (B): '2026-13-45' is not a date in any of the formats "
                                + String.join(", ", ImportMapping.DEFAULT_DATE_FORMATS)
                                + " (nor an Excel date or ISO-8601 with offset)",
                        "row 6, column 优先级 (J): '特急' is not one of P1, P2, P3, P4 nor listed under values.priority (紧急, 高, 中, 低)",
                        "row 7, column 设备SN码 (E): device_sn is empty",
                        "row 8, column 环境温度 (Q): '冷' is not a number",
                        "row 9, column 解决时间 (O): 2026-01-05 09:00 is before 创建时间 (B) 2026-01-06 09:00",
                        "row 10, column 工单号 (A): ticket T1 is already on row 2",
                        "row 11, column 是否诊断 (L): diagnostic is empty"),
                rejected);
        assertEquals(
                Map.of(
                        Reason.NOT_A_DATE,
                        1L,
                        Reason.UNKNOWN_VALUE,
                        1L,
                        Reason.MISSING_VALUE,
                        2L,
                        Reason.NOT_A_NUMBER,
                        1L,
                        Reason.OUT_OF_ORDER,
                        1L,
                        Reason.DUPLICATE_TICKET,
                        1L),
                result.report().rejectedByReason());
        assertEquals(Set.of("T1", "T2", "T3"), tickets.keySet());
        assertEquals(
                "10 rows read, 3 tickets, 10 events; 7 rows rejected (not a date 1, not a number 1, "
                        + "value the mapping does not know 1, missing value 2, times out of order 1, ticket already imported from another row 1)",
                result.report().summary());
    }

    @Test
    void aRowBecomesItsLifecycle() {
        List<Event> t1 = tickets.get("T1");
        assertEquals(
                List.of(
                        "TICKET_CREATED",
                        "FIRST_RESPONSE",
                        "STAGE_CHANGED",
                        "TICKET_ASSIGNED",
                        "TICKET_RESOLVED",
                        "TICKET_CLOSED"),
                Imports.types(t1));
        assertEquals(
                List.of(
                        "2026-01-05T09:00+08:00",
                        "2026-01-05T09:40+08:00",
                        "2026-01-05T09:40+08:00",
                        "2026-01-05T09:40+08:00",
                        "2026-01-07T14:00+08:00",
                        "2026-01-08T10:00+08:00"),
                t1.stream()
                        .map(e ->
                                e.ts().atZone(mapping.zone()).toOffsetDateTime().toString())
                        .toList(),
                "mixed formats, zone Asia/Shanghai");
        TicketCreated created = (TicketCreated) Imports.body(t1.getFirst());
        assertEquals(Priority.P2, created.priority());
        assertEquals("13962118803", created.customerPhone());
        assertEquals(List.of("no_charge", "dash_warning"), created.symptoms(), "catalogue names become symptom codes");
        assertEquals(-3.0, created.ambientTempC());
        assertEquals(new FirstResponse("E-1", true), Imports.body(t1.get(1)));
        assertEquals(new StageChanged(Stage.CS, Stage.FIELD), Imports.body(t1.get(2)));
        assertEquals(new TicketAssigned("E-1", "FIELD", Stage.FIELD, false), Imports.body(t1.get(3)));
        assertEquals(new TicketResolved("unspecified", 0), Imports.body(t1.get(4)));
        assertEquals("import:acme:T1:ticket_created-1", t1.getFirst().eventId());

        List<Event> t2 = tickets.get("T2");
        assertEquals(
                List.of("TICKET_CREATED", "FIRST_RESPONSE", "TICKET_ASSIGNED"),
                Imports.types(t2),
                "still in customer service");
        assertEquals(Instant.parse("2026-01-05T04:00:00Z"), t2.get(1).ts(), "an Excel serial date (46027.5 = 12:00)");
        assertEquals(new FirstResponse("E-2", false), Imports.body(t2.get(1)));
        assertEquals(List.of("TICKET_CREATED"), Imports.types(tickets.get("T3")));
    }

    @Test
    void aMergedCellAppliesToEveryRowItSpans() {
        for (String ticket : List.of("T1", "T2", "T3")) {
            TicketCreated created =
                    (TicketCreated) Imports.body(tickets.get(ticket).getFirst());
            assertEquals("SITE-A", created.siteId(), ticket);
            assertEquals("华东", created.region(), ticket);
        }
    }

    @Test
    void recordsLeaveInEventTimeOrder() {
        List<Instant> times =
                result.records().stream().map(GeneratedRecord::publishAt).toList();
        assertEquals(times.stream().sorted().toList(), times);
    }

    @Test
    void importingAgainYieldsTheSameEventsAndALaterVersionOfTheSheetKeepsTheIdsOfWhatWasThere() throws IOException {
        Importer.Result again = Imports.run(workbook("again.xlsx", null), mapping);
        assertEquals(result.records().size(), again.records().size());
        for (int i = 0; i < again.records().size(); i++) {
            assertArrayEquals(
                    result.records().get(i).value(), again.records().get(i).value(), "record " + i);
        }
        Importer.Result later = Imports.run(workbook("later.xlsx", "2026/1/6 16:00"), mapping);
        Map<String, String> before = ids(result);
        Map<String, String> after = ids(later);
        assertTrue(after.entrySet().containsAll(before.entrySet()), "every earlier event keeps its id and bytes");
        assertEquals(
                Set.of("import:acme:T2:ticket_resolved-1"),
                after.keySet().stream().filter(id -> !before.containsKey(id)).collect(Collectors.toSet()));
    }

    private static Map<String, String> ids(Importer.Result result) {
        return Imports.events(result).stream().collect(Collectors.toMap(Event::eventId, Event::json));
    }
}
