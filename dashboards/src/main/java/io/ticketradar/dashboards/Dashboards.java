package io.ticketradar.dashboards;

import io.javalin.config.JavalinConfig;

import java.util.function.Consumer;

/** The dashboards' pages and assets, registered on the api's server (see ApiServer's extensions). */
public final class Dashboards implements Consumer<JavalinConfig> {

    @Override
    public void accept(JavalinConfig config) {
        // Filled in by the dashboards work of issue 8.
    }
}
