package io.ticketradar.app;

import java.util.List;

/** The two makers the demo runs: the model customer and a second, smaller one. */
final class DemoTenants {

    static final List<String> IDS = List.of("suzhou-auto-electronics", "ningbo-drive-systems");

    private DemoTenants() {
    }
}
