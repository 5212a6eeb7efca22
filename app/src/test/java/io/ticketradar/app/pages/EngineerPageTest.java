package io.ticketradar.app.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketradar.api.TenantDays;
import io.ticketradar.events.Priority;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.ticketradar.app.pages.PageApi.WAREHOUSE_TIME;
import static io.ticketradar.app.pages.PageApi.panelState;
import static io.ticketradar.app.pages.PageApi.row;
import static io.ticketradar.app.pages.PageApi.text;
import static io.ticketradar.app.pages.PageApi.waitLoaded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engineer's page in a real headless Chromium, on the API and pages over an embedded warehouse holding one
 * engineer's open tickets, their devices' repairs and the pipelines' first-time-fix rows (no demo traffic: the
 * page's figures are the rows written here). Phone-sized first, as engineers use it in the field.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("stack")
class EngineerPageTest {

    private static final String TENANT = "tenant-eng";
    private static final String ENGINEER = "ENG-0412";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PageApi api;

    @BeforeAll
    void startTheApiWithTheEngineersRows() {
        api = PageApi.start(TENANT, "EngineerPageTest");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        api.insert(
                "ticket_facts",
                List.of(
                        held("T-LATE", "P1", now.minus(Duration.ofHours(30)), "SN-A"),
                        held("T-SOON", "P2", now.minus(Duration.ofHours(40)), "SN-B"),
                        held("T-LATER", "P3", now.minus(Duration.ofHours(10)), "SN-C"),
                        held("T-FOURTH", "P4", now.minus(Duration.ofHours(1)), "SN-A")));
        List<Map<String, Object>> repairs = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            repairs.add(repair("SN-A", "REP-A" + i, now.minus(Duration.ofDays(40 - i))));
        }
        repairs.add(repair("SN-B", "REP-B1", now.minus(Duration.ofDays(3))));
        api.insert("ticket_events", repairs);
        LocalDate today = LocalDate.now(TenantDays.DEFAULT_ZONE);
        api.insert("health_indicators", List.of(ftf(today, 3, 4), ftf(today.minusDays(10), 4, 5)));
    }

    @AfterAll
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void onAPhoneTheThreeMostUrgentTicketsShowWithTheirRepairsSideBySideAndTheRate() {
        try (Browser browser = Browser.open(390, 844)) {
            browser.get(api.url + "/engineer/" + ENGINEER + "?token=" + api.token);
            waitLoaded(browser);

            assertEquals("ready", panelState(browser, "tickets"));
            List<WebElement> cards = browser.driver().findElements(By.cssSelector(".ticket-card"));
            assertEquals(
                    List.of("T-LATE", "T-SOON", "T-LATER"),
                    cards.stream().map(c -> c.getAttribute("data-ticket")).toList(),
                    "overdue first, then by SLA time left; the fourth stays off");
            assertTrue(cards.get(0).getText().contains("已超时"), cards.get(0).getText());
            assertEquals(List.of("REP-A4", "REP-A3", "REP-A2"), repairIds(cards.get(0)));
            assertEquals(List.of("REP-B1"), repairIds(cards.get(1)));
            assertEquals(
                    "该设备暂无维修记录",
                    cards.get(2).findElement(By.cssSelector(".no-repairs")).getText());
            assertSideBySide(cards.get(0).findElements(By.cssSelector(".repair")));

            assertEquals("ready", panelState(browser, "first-time-fix"));
            assertEquals("77.8%", text(browser, "#ftf-rate"), "7 of 9 over the 30 days");
            assertEquals("9 单中 7 单一次修复", text(browser, "#ftf-counts"));
            assertTrue(
                    text(browser, "#as-of").startsWith("数据截至"),
                    "the top bar says when the page's data was read, not 暂无数据: " + text(browser, "#as-of"));
            assertEquals(
                    Boolean.TRUE,
                    browser.script("return document.documentElement.scrollWidth <= window.innerWidth"),
                    "nothing is wider than the phone");
            browser.screenshot("engineer-390x844");
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    @Test
    void fromTheLandingPageInEnglishAndForAnUnknownEngineerThePageSaysSo() {
        try (Browser browser = Browser.open(1280, 900)) {
            browser.get(api.url + "/?lang=en&token=" + api.token);
            browser.driver().findElement(By.id("engineer-input")).sendKeys(ENGINEER);
            browser.driver()
                    .findElement(By.cssSelector("#engineer-open button"))
                    .click();
            browser.waitFor(
                    PageApi.LOAD,
                    "the landing page opened the engineer's page",
                    b -> b.driver().getCurrentUrl().endsWith("/engineer/" + ENGINEER + "?lang=en"));
            waitLoaded(browser);
            assertEquals("First-time-fix rate, last 30 days", text(browser, "#first-time-fix .panel-title"));
            assertEquals("7 of 9 fixed first time", text(browser, "#ftf-counts"));
            assertTrue(text(browser, ".ticket-card").contains("overdue by"));
            browser.screenshot("engineer-1280x900-en");

            browser.get(api.url + "/engineer/ENG-NOBODY?lang=en");
            waitLoaded(browser);
            assertEquals("empty", panelState(browser, "tickets"));
            assertEquals("No engineer ENG-NOBODY", text(browser, "#tickets > .state"));
            assertEquals(
                    List.of(),
                    browser.consoleErrors().stream()
                            .filter(e -> !e.contains("404"))
                            .toList(),
                    "the 404 itself is the only console line");
        }
    }

    /** Each repair's box starts level with the first and to the right of the one before. */
    private static void assertSideBySide(List<WebElement> repairs) {
        assertEquals(3, repairs.size());
        for (int i = 1; i < repairs.size(); i++) {
            assertEquals(
                    repairs.get(0).getRect().getY(), repairs.get(i).getRect().getY(), "same row");
            assertTrue(
                    repairs.get(i).getRect().getX()
                            > repairs.get(i - 1).getRect().getX(),
                    "repair " + i + " is right of repair " + (i - 1));
        }
    }

    private static List<String> repairIds(WebElement card) {
        return card.findElements(By.cssSelector(".repair")).stream()
                .map(r -> r.getAttribute("data-repair"))
                .toList();
    }

    /** An open ticket in FIELD held by the engineer, its SLA from DOMAIN.md (P1 24 h ... P4 120 h). */
    private static Map<String, Object> held(String ticket, String priority, Instant created, String sn) {
        int slaHours = Priority.valueOf(priority).slaHours();
        return row(
                "tenant_id",
                TENANT,
                "ticket_id",
                ticket,
                "created_at",
                WAREHOUSE_TIME.format(created),
                "cohort_day",
                created.atZone(TenantDays.DEFAULT_ZONE).toLocalDate().toString(),
                "region",
                "华东",
                "site_id",
                "S-12",
                "device_sn",
                sn,
                "product_model",
                "HMI-10",
                "priority",
                priority,
                "sla_deadline",
                WAREHOUSE_TIME.format(created.plus(Duration.ofHours(slaHours))),
                "current_stage",
                "FIELD",
                "last_stage",
                "FIELD",
                "assignee_id",
                ENGINEER,
                "team_id",
                "FIELD-E",
                "version",
                1);
    }

    private static Map<String, Object> repair(String sn, String repairId, Instant at) {
        String payload = JSON.valueToTree(row(
                        "event_id",
                        repairId + "-e",
                        "event_type",
                        "REPAIR_RECORDED",
                        "tenant_id",
                        TENANT,
                        "ts",
                        at.toString(),
                        "schema_version",
                        1,
                        "repair_id",
                        repairId,
                        "device_sn",
                        sn,
                        "engineer_id",
                        ENGINEER,
                        "fault_code",
                        "HV-OBC-LT01",
                        "root_cause",
                        "PFC电解电容低温ESR升高",
                        "parts",
                        List.of("P-OBC-PFC-CAP"),
                        "firmware",
                        "OBC-3.2.1",
                        "labor_min",
                        90,
                        "outcome",
                        "fixed",
                        "photo_labels",
                        List.of()))
                .toString();
        return row(
                "tenant_id",
                TENANT,
                "event_id",
                repairId + "-e",
                "event_type",
                "REPAIR_RECORDED",
                "ticket_id",
                "",
                "device_sn",
                sn,
                "ts",
                WAREHOUSE_TIME.format(at),
                "schema_version",
                1,
                "payload",
                payload,
                "source_topic",
                "repair-events",
                "source_partition",
                0,
                "source_offset",
                0,
                "ingested_at",
                WAREHOUSE_TIME.format(at));
    }

    private static Map<String, Object> ftf(LocalDate day, double fixed, double resolved) {
        return row(
                "tenant_id",
                TENANT,
                "day",
                day.toString(),
                "region",
                "ALL",
                "engineer_id",
                ENGINEER,
                "indicator",
                "first_time_fix_rate",
                "numerator",
                fixed,
                "denominator",
                resolved,
                "value",
                fixed / resolved,
                "unit",
                "ratio",
                "healthy_when",
                "",
                "healthy_threshold",
                null,
                "met",
                null,
                "as_of",
                day + " 15:00:00.000",
                "version",
                1);
    }
}
