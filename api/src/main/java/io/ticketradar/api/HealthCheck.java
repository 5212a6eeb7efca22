package io.ticketradar.api;

import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * One component {@code /api/health} reports on (broker, warehouse, jobs, ...). A check may block or
 * throw: the server runs it with a timeout and reports a hung or failing check as down.
 */
public interface HealthCheck {

    /** The key under {@code components} in the health answer. */
    String name();

    HealthStatus check() throws Exception;

    static HealthCheck of(String name, Callable<HealthStatus> check) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(check, "check");
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public HealthStatus check() throws Exception {
                return check.call();
            }
        };
    }
}
