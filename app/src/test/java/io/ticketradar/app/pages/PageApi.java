package io.ticketradar.app.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.ticketradar.api.ApiConfig;
import io.ticketradar.api.ApiServer;
import io.ticketradar.api.TenantTokens;
import io.ticketradar.dashboards.Dashboards;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.testing.TestWarehouses;
import org.openqa.selenium.By;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The API and pages over an embedded warehouse, with one tenant's token, for a page test whose figures are the rows
 * it writes (no jobs, no demo traffic); and what those tests ask of a loaded page.
 */
final class PageApi implements AutoCloseable {

    static final Duration LOAD = Duration.ofSeconds(30);
    static final DateTimeFormatter WAREHOUSE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    final Warehouse warehouse;
    final ApiServer server;
    final String url;
    final String token;

    private PageApi(Warehouse warehouse, ApiServer server, String url, String token) {
        this.warehouse = warehouse;
        this.server = server;
        this.url = url;
        this.token = token;
    }

    /** Skips the test (with the reason on stderr) when there is no headless Chromium. */
    static PageApi start(String tenant, String test) {
        String missing = Browser.missing();
        if (missing != null) {
            System.err.println(test + ": " + missing);
        }
        assumeTrue(missing == null, missing);
        Warehouse warehouse = TestWarehouses.open();
        TenantTokens tokens = new TenantTokens();
        String token = tokens.issue(tenant);
        ApiServer server = new ApiServer.Builder(
                        new ApiConfig("127.0.0.1", 0, ApiConfig.DEFAULT_MAX_BODY_BYTES, Duration.ofSeconds(2)),
                        tokens,
                        warehouse,
                        events -> {},
                        List.of(),
                        new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))
                .extensions(List.of(new Dashboards()))
                .build();
        return new PageApi(warehouse, server, "http://127.0.0.1:" + server.start(), token);
    }

    void insert(String table, List<Map<String, Object>> rows) {
        warehouse.insertJsonRows(
                table, rows.stream().map(r -> JSON.valueToTree(r).toString()).toList());
    }

    static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }

    static void waitLoaded(Browser browser) {
        browser.waitFor(LOAD, "the page loaded", b -> "true".equals(b.script("return document.body.dataset.loaded")));
    }

    static String panelState(Browser browser, String panel) {
        return (String) browser.script("return document.getElementById(arguments[0]).dataset.state", panel);
    }

    static String text(Browser browser, String css) {
        return browser.driver().findElement(By.cssSelector(css)).getText().strip();
    }

    @Override
    public void close() {
        server.stop();
        warehouse.close();
    }
}
