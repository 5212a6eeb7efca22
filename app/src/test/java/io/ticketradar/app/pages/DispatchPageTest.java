package io.ticketradar.app.pages;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
 * The dispatch page in a real headless Chromium, on the API and pages over an embedded warehouse holding one
 * tenant's rule versions, proposals and decisions as the API and the dispatch job write them: the rules in force with
 * their version, a proposal approved within the 48 h target with its effect, one waiting beyond it, and the recent
 * decisions with the blocked one first, its warning, and a pattern hint.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("stack")
class DispatchPageTest {

    private static final String TENANT = "tenant-dispatch";
    private static final String FAULT = "{\"kind\":\"fault_domain\",\"fault_code\":\"HV-OBC-LT01\",\"domain\":\"HV\"}";
    private static final String BATCH = "{\"kind\":\"batch\",\"sn_prefix\":\"A7K2\",\"team\":\"T-TECH-QA\"}";

    private PageApi api;

    @BeforeAll
    void startTheApiWithTheTenantsDispatch() {
        api = PageApi.start(TENANT, "DispatchPageTest");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Instant adopted = now.minus(Duration.ofDays(1));
        api.insert(
                "dispatch_rules",
                List.of(
                        version(1, now.minus(Duration.ofDays(5)), "[" + FAULT + "]"),
                        version(2, adopted, "[" + FAULT + "," + BATCH + "]")));
        api.insert(
                "dispatch_proposals",
                List.of(
                        proposal("DP-1", BATCH, adopted.minus(Duration.ofHours(36)), "approved", adopted, 2L),
                        proposal("DP-2", FAULT, now.minus(Duration.ofHours(60)), "pending", null, null)));
        api.insert(
                "ticket_facts",
                List.of("T-1", "T-2", "T-3").stream()
                        .map(ticket -> row(
                                "tenant_id",
                                TENANT,
                                "ticket_id",
                                ticket,
                                "created_at",
                                WAREHOUSE_TIME.format(now.minus(Duration.ofHours(5))),
                                "cohort_day",
                                now.atZone(ZoneOffset.UTC).toLocalDate().toString(),
                                "version",
                                1))
                        .toList());
        api.insert(
                "dispatch_decisions",
                List.of(
                        decision("T-1", now.minus(Duration.ofHours(3)), false, List.of("batch:A7K2"), "[]"),
                        decision(
                                "T-2",
                                now.minus(Duration.ofHours(2)),
                                false,
                                List.of("fault:HV-OBC-LT01", "domain:HV"),
                                "[{\"pattern_id\":\"FP-7\",\"matched_codes\":[\"fault:HV-OBC-LT01\"]}]"),
                        decision("T-3", now.minus(Duration.ofHours(4)), true, List.of("batch:A7K2", "stock:2"), "[]")));
    }

    @AfterAll
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void rulesProposalsWithTheirClockAndEffectAndDecisionsBlockedFirst() {
        try (Browser browser = Browser.open(1280, 1000)) {
            browser.get(api.url + "/dispatch?token=" + api.token);
            waitLoaded(browser);

            assertEquals("ready", panelState(browser, "rules"));
            assertTrue(text(browser, "#rules-version").startsWith("第 2 版"), text(browser, "#rules-version"));
            List<WebElement> rules = browser.driver().findElements(By.cssSelector("#rule-list li"));
            assertEquals(2, rules.size());
            assertTrue(
                    rules.get(1).getText().contains("batch · A7K2 → T-TECH-QA"),
                    rules.get(1).getText());

            assertEquals("ready", panelState(browser, "proposals"));
            WebElement approved = browser.driver().findElement(By.cssSelector("[data-proposal=DP-1]"));
            assertEquals(
                    "评审用时 36 小时（目标 48 小时）",
                    approved.findElement(By.cssSelector(".review-clock")).getText());
            assertTrue(
                    approved.findElement(By.cssSelector(".effect-routed"))
                            .getText()
                            .startsWith("生效后派出 2 张"),
                    approved.getText());
            assertTrue(approved.findElement(By.cssSelector(".effect-caution")).isDisplayed(), "few tickets: careful");
            WebElement waiting = browser.driver().findElement(By.cssSelector("[data-proposal=DP-2]"));
            assertEquals(
                    "review-clock late",
                    waiting.findElement(By.cssSelector(".review-clock")).getAttribute("class"),
                    "60 h is beyond the 48 h target");

            assertEquals("ready", panelState(browser, "decisions"));
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#decision-table tbody tr"));
            assertEquals(3, rows.size());
            assertEquals("blocked", rows.get(0).getAttribute("class"), "the blocked decision comes first");
            assertTrue(rows.get(0).getText().contains("T-3"), rows.get(0).getText());
            assertTrue(rows.get(0).getText().contains("缺件阻止"));
            assertTrue(rows.get(0).getText().contains("stock-out: part P-OBC-PFC-CAP"));
            assertTrue(rows.get(1).getText().contains("FP-7"), "newest of the others, with its pattern hint");
            assertTrue(text(browser, "#as-of").startsWith("数据截至"), "as of the newest decision");
            browser.screenshot("dispatch-1280x1000");
            assertEquals(List.of(), browser.consoleErrors());

            browser.get(api.url + "/dispatch?lang=en");
            waitLoaded(browser);
            assertEquals("Dispatch", text(browser, "h1"));
            assertEquals("reviewed in 36 h (target 48 h)", text(browser, "[data-proposal=DP-1] .review-clock"));
            assertTrue(text(browser, "#decision-table tbody tr").contains("blocked: stock-out"));
            assertEquals(
                    "page",
                    browser.driver()
                            .findElement(By.cssSelector("nav a[href^='/dispatch']"))
                            .getAttribute("aria-current"));
            browser.screenshot("dispatch-1280x1000-en");
        }
    }

    private static Map<String, Object> version(long version, Instant at, String rules) {
        return row(
                "tenant_id",
                TENANT,
                "version",
                version,
                "rules",
                "{\"rules\":" + rules + ",\"streak\":{\"tickets_in_a_row\":5,\"rest_minutes\":120}}",
                "adopted_at",
                WAREHOUSE_TIME.format(at),
                "adopted_by",
                "wang");
    }

    private static Map<String, Object> proposal(
            String id, String rule, Instant proposed, String status, Instant reviewed, Long adopted) {
        return row(
                "tenant_id",
                TENANT,
                "proposal_id",
                id,
                "action",
                "add",
                "rule_index",
                null,
                "rule",
                rule,
                "reason",
                "fewer bounces",
                "proposed_by",
                "li",
                "proposed_at",
                WAREHOUSE_TIME.format(proposed),
                "based_on_version",
                1,
                "status",
                status,
                "reviewed_by",
                reviewed == null ? "" : "wang",
                "reviewed_at",
                reviewed == null ? null : WAREHOUSE_TIME.format(reviewed),
                "review_note",
                "",
                "adopted_version",
                adopted,
                "version",
                reviewed == null ? 1 : 2);
    }

    private static Map<String, Object> decision(
            String ticket, Instant at, boolean blocked, List<String> path, String hints) {
        return row(
                "tenant_id",
                TENANT,
                "ticket_id",
                ticket,
                "decision_id",
                "ev-" + ticket,
                "trigger",
                "TICKET_CREATED",
                "decided_at",
                WAREHOUSE_TIME.format(at),
                "rules_version",
                2,
                "team_id",
                "T-TECH-QA",
                "engineer_id",
                blocked ? null : "E-0042",
                "rule_path",
                path,
                "blocked",
                blocked,
                "assigned",
                !blocked,
                "warnings",
                blocked
                        ? List.of("stock-out: part P-OBC-PFC-CAP for OBC-6K6 / HV-OBC-LT01 is in no depot;"
                                + " dispatch blocked")
                        : List.of(),
                "hints",
                hints);
    }
}
