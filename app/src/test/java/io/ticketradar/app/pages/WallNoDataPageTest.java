package io.ticketradar.app.pages;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.ticketradar.app.pages.PageApi.WAREHOUSE_TIME;
import static io.ticketradar.app.pages.PageApi.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The wall for a tenant whose history has tickets in one stage and no first responses (rows as the pipelines write
 * them, over an embedded warehouse): the first-response gauge is grey "no data" with the reason, never 0% red, and
 * the breakpoint gauge says its premise does not hold.
 */
@Tag("stack")
class WallNoDataPageTest {

    private static final String TENANT = "tenant-one-stage";

    @Test
    void aGaugeWhoseInputTheSourceNeverHadIsGreyWithTheReason() {
        try (PageApi api = PageApi.start(TENANT, "WallNoDataPageTest");
                Browser browser = Browser.open(1920, 1080)) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            api.insert(
                    "ticket_events", List.of(event("TICKET_CREATED", "{}", now), event("TICKET_ASSIGNED", """
                    {"stage":"CS"}""", now)));
            api.insert(
                    "health_indicators_live",
                    List.of(
                            live("first_response_compliance", 0, ">=", 0.95, List.of("FIRST_RESPONSE"), false, now),
                            live("breakpoint_rate", 0.57, "<=", 0.05, List.of(), true, now)));

            browser.get(api.url + "/wall?cycle=0&token=" + api.token);
            PageApi.waitLoaded(browser);
            browser.waitFor(PageApi.LOAD, "the gauges drawn", b -> "ready".equals(PageApi.panelState(b, "gauges")));

            WebElement response = gauge(browser, "first_response_compliance");
            assertEquals("true", response.getAttribute("data-no-data"));
            assertEquals("null", response.getAttribute("data-met"), "neither healthy nor not: no red");
            assertEquals(
                    "无数据", response.findElement(By.cssSelector(".gauge-value")).getText());
            assertEquals(
                    "该租户的事件中没有首次响应",
                    response.findElement(By.cssSelector(".gauge-reason")).getText());
            WebElement breakpoint = gauge(browser, "breakpoint_rate");
            assertEquals("false", breakpoint.getAttribute("data-no-data"), "the note keeps the value");
            assertTrue(
                    breakpoint
                            .findElement(By.cssSelector(".gauge-reason"))
                            .getText()
                            .startsWith("单阶段数据源"),
                    breakpoint.getText());
            browser.screenshot("wall-no-data-1920x1080");
            assertEquals(List.of(), browser.consoleErrors());
        }
    }

    private static WebElement gauge(Browser browser, String code) {
        return browser.driver().findElement(By.cssSelector(".gauge-card[data-code=\"" + code + "\"]"));
    }

    private static Map<String, Object> event(String type, String payload, Instant at) {
        return row(
                "tenant_id",
                TENANT,
                "event_id",
                type + "-1",
                "event_type",
                type,
                "ticket_id",
                "INC1",
                "device_sn",
                "SN1",
                "ts",
                WAREHOUSE_TIME.format(at),
                "schema_version",
                1,
                "payload",
                payload,
                "source_topic",
                "ticket-events",
                "source_partition",
                0,
                "source_offset",
                0,
                "ingested_at",
                WAREHOUSE_TIME.format(at));
    }

    private static Map<String, Object> live(
            String indicator,
            double value,
            String when,
            double threshold,
            List<String> needsEvents,
            boolean needsStages,
            Instant at) {
        return row(
                "tenant_id",
                TENANT,
                "region",
                "ALL",
                "indicator",
                indicator,
                "numerator",
                value * 100,
                "denominator",
                100.0,
                "value",
                value,
                "unit",
                "ratio",
                "healthy_when",
                when,
                "healthy_threshold",
                threshold,
                "met",
                ">=".equals(when) ? value >= threshold : value <= threshold,
                "needs_events",
                needsEvents,
                "needs_stages",
                needsStages,
                "window_start",
                WAREHOUSE_TIME.format(at.minus(1, ChronoUnit.DAYS)),
                "computed_at",
                WAREHOUSE_TIME.format(at));
    }
}
