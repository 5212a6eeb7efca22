package io.ticketradar.dashboards;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages and every asset they name are served from the jar, with the headers that keep a display token safe. */
class DashboardsTest {

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/assets/[^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Javalin server;
    private static String url;

    @BeforeAll
    static void start() {
        server = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.jetty.host = "127.0.0.1";
                    config.jetty.port = 0;
                    new Dashboards().accept(config);
                })
                .start();
        url = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void everyPageIsHtmlWithAContentSecurityPolicyAndNoReferrer() throws Exception {
        for (Page page : Page.values()) {
            HttpResponse<String> response = get(address(page));
            assertEquals(200, response.statusCode(), page.path);
            String type = response.headers().firstValue("Content-Type").orElseThrow();
            assertEquals("text/html;charset=utf-8", type.replace(" ", "").toLowerCase(Locale.ROOT), page.path);
            assertEquals(
                    Dashboards.CONTENT_SECURITY_POLICY,
                    response.headers().firstValue("Content-Security-Policy").orElseThrow());
            assertEquals(
                    "no-referrer",
                    response.headers().firstValue("Referrer-Policy").orElseThrow());
            assertTrue(response.body().contains("<script type=\"module\""), page.path);
            assertFalse(response.body().contains("<!--"), page.path + " is assembled into the layout");
            assertTrue(response.body().startsWith("<!doctype html>"), page.path);
            assertEquals(page != Page.WALL, response.body().contains("<header class=\"top\">"), page.path);
        }
    }

    @Test
    void everyAssetAPageNamesIsServedWithItsType() throws Exception {
        for (Page page : Page.values()) {
            Matcher assets = ASSET.matcher(get(address(page)).body());
            while (assets.find()) {
                String asset = assets.group(1);
                HttpResponse<String> response = get(asset);
                assertEquals(200, response.statusCode(), asset);
                String type = response.headers().firstValue("Content-Type").orElseThrow();
                String expected = asset.endsWith(".css") ? "text/css" : "text/javascript";
                assertTrue(type.startsWith(expected), asset + " is served as " + type);
            }
        }
    }

    @Test
    void echartsSixComesFromTheJar() throws Exception {
        HttpResponse<String> response = get(Dashboards.ECHARTS);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().length() > 500_000, "the full minified library");
        assertTrue(response.body().contains("\"6.1.0\""), "the pinned ECharts 6 release");
    }

    @Test
    void theModulesThePagesImportAreServed() throws Exception {
        for (String module : new String[] {"wall", "rd", "opportunities", "index", "engineer"}) {
            String code = get("/assets/js/" + module + ".mjs").body();
            Matcher imports = Pattern.compile("from '\\./([^']+)'").matcher(code);
            while (imports.find()) {
                assertEquals(
                        200,
                        get("/assets/js/" + imports.group(1)).statusCode(),
                        module + " imports " + imports.group(1));
            }
        }
    }

    /** The page's address, a path parameter filled in. */
    private static String address(Page page) {
        return page.path.replace("{engineer_id}", "ENG-0412");
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
