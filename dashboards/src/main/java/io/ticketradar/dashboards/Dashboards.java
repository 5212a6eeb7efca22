package io.ticketradar.dashboards;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The dashboards' pages ({@code /}, {@code /wall}, {@code /rd}, {@code /opportunities}, {@code /dispatch}, {@code /engineer/{id}}) and
 * their assets under
 * {@code /assets}, ECharts included, all from this jar: wall screens are often offline. Registered on the api's
 * server (see ApiServer's extensions); the pages call the API from the browser like any other client.
 */
public final class Dashboards implements Consumer<JavalinConfig> {

    static final String ROOT = "/io/ticketradar/dashboards";
    static final String ECHARTS = "/assets/vendor/echarts.min.js";
    private static final String HEAD = "<!--head-->";
    private static final String BODY = "<!--body-->";
    private static final String NAV = "<!--nav-->";

    /**
     * Scripts and styles only from this server, API calls and the event stream only to it. Inline styles stay
     * allowed because ECharts positions its tooltips with them.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; connect-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'";

    private final Map<Page, byte[]> pages = new EnumMap<>(Page.class);

    /** Builds the pages now, so a jar built without its assets fails at start-up and not at the first visit. */
    public Dashboards() {
        String layout = text("layout.html");
        String nav = text("nav.html");
        for (Page page : Page.values()) {
            pages.put(page, assemble(layout, nav, text(page.file)).getBytes(StandardCharsets.UTF_8));
        }
        resource(ROOT + ECHARTS);
    }

    /**
     * A page in the shared layout: a page file is its own head lines (styles, scripts), then {@value #BODY}, then
     * its body, where {@value #NAV} stands for the navigation the desktop pages share.
     */
    static String assemble(String layout, String nav, String page) {
        int split = page.indexOf(BODY);
        if (split < 0) {
            throw new IllegalStateException("a page file needs its head lines, " + BODY + ", then its body");
        }
        String body = page.substring(split + BODY.length()).strip().replace(NAV, nav.stripTrailing());
        return layout.replace(HEAD, page.substring(0, split).stripTrailing()).replace(BODY, body);
    }

    private static String text(String page) {
        return new String(resource(ROOT + "/pages/" + page), StandardCharsets.UTF_8);
    }

    @Override
    public void accept(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/assets";
            files.directory = ROOT + "/assets";
            files.location = Location.CLASSPATH;
            files.mimeTypes.add("text/javascript", "mjs");
            // Revalidate with the ETag on every load, so a wall screen picks up a new version after an upgrade.
            files.headers = Map.of("Cache-Control", "no-cache", "X-Content-Type-Options", "nosniff");
        });
        pages.forEach((page, html) -> config.routes.get(page.path, ctx -> serve(ctx, html)));
    }

    private static void serve(Context ctx, byte[] html) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        // A display token may sit in the address until the page removes it: never send it on in a Referer.
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    private static byte[] resource(String name) {
        try (InputStream in = Dashboards.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the dashboards jar lacks " + name
                        + ": build it with Maven, which fetches ECharts and copies the pages into it");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
