package io.ticketradar.app;

import java.util.Optional;

/**
 * Every setting of the app, in one place: its key in a config file, its environment variable, its
 * flag, its default and what it means. Files are read first, then the environment, then flags.
 */
public enum Setting {
    DATA_DIR(
            "data-dir",
            "TICKETRADAR_DATA_DIR",
            "./data",
            "folder for the broker log, the warehouse, checkpoints and tokens"),
    HOST("host", "TICKETRADAR_HOST", "127.0.0.1", "address the API and dashboards listen on"),
    PORT("port", "TICKETRADAR_PORT", "7070", "port of the API and dashboards"),
    KAFKA_BOOTSTRAP(
            "kafka-bootstrap",
            "TICKETRADAR_KAFKA_BOOTSTRAP",
            "",
            "Kafka brokers to use; empty starts an in-process broker"),
    CLICKHOUSE_URL(
            "clickhouse-url",
            "CLICKHOUSE_URL",
            "",
            "ClickHouse server (jdbc:clickhouse:http://host:8123); empty uses the embedded engine"),
    CLICKHOUSE_USER("clickhouse-user", "CLICKHOUSE_USER", "default", "ClickHouse server user"),
    CLICKHOUSE_PASSWORD("clickhouse-password", "CLICKHOUSE_PASSWORD", "", "ClickHouse server password"),
    CHECKPOINT_SECONDS(
            "checkpoint-seconds",
            "TICKETRADAR_CHECKPOINT_SECONDS",
            "5",
            "Flink checkpoint interval; rows reach the warehouse at least this often"),
    SOURCE_IDLENESS_SECONDS(
            "source-idleness-seconds",
            "TICKETRADAR_SOURCE_IDLENESS_SECONDS",
            "60",
            "how long a partition of the event topics may get no record before it stops holding back event time;"
                    + " shorter moves quiet tenants' indicators sooner, but a partition still being caught up on (after"
                    + " a restart, in a burst) must never look idle, or its records come late"),
    PARALLELISM("parallelism", "TICKETRADAR_PARALLELISM", "1", "parallelism of the Flink jobs"),
    TOKENS_FILE(
            "tokens-file",
            "TICKETRADAR_TOKENS_FILE",
            "",
            "file of API token hashes (<sha256> <tenant>); default <data-dir>/tokens"),
    TENANTS_FILE(
            "tenants-file",
            "TICKETRADAR_TENANTS_FILE",
            "",
            "per-tenant settings: <tenant>.zone, <tenant>.breakpoint-threshold, <tenant>.webhooks, <tenant>.digest.at,"
                    + " <tenant>.duplicates (suggest or merge), <tenant>.group,"
                    + " <tenant>.enrich.<crm|mes>.<url|header|fields>, <tenant>.enrich.timeout-ms,"
                    + " <tenant>.sla.first-response, <tenant>.sla.breakpoint-stay, <tenant>.sla.resolution.<P1..P4>"
                    + " (e.g. 4h, 90m, 3d), counted in <tenant>.sla.hours (e.g. MON-FRI 09:00-12:00,13:00-18:00)"
                    + " without <tenant>.sla.holidays and with <tenant>.sla.workdays (e.g. 2027-02-06..2027-02-12)"
                    + " if given, <tenant>.healthy.<indicator> (e.g. 0.9, <=0.1)"),
    PUBLIC_URL(
            "public-url",
            "TICKETRADAR_PUBLIC_URL",
            "",
            "address people open TicketRadar at, for the links in digests; default the API's own address"),
    TRAFFIC("traffic", "TICKETRADAR_TRAFFIC", "true", "demo only: stream generated events for the demo tenants");

    private final String key;
    private final String envVar;
    private final String defaultValue;
    private final String description;

    Setting(String key, String envVar, String defaultValue, String description) {
        this.key = key;
        this.envVar = envVar;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /** The setting of a config-file key (the flag without its leading dashes). */
    public static Optional<Setting> byKey(String key) {
        for (Setting s : values()) {
            if (s.key.equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public String key() {
        return key;
    }

    public String flag() {
        return "--" + key;
    }

    public String envVar() {
        return envVar;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }
}
