package io.ticketradar.warehouse;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to reach the warehouse. Serializable because Flink sinks carry it to their subtasks, which open
 * their own {@link Warehouse}.
 *
 * @param kind          which adapter: the in-process engine or a ClickHouse server
 * @param embeddedPath  storage directory of the embedded engine (one per process)
 * @param chdbLibrary   path to libchdb.so; null resolves it (see the embedded adapter)
 * @param jdbcUrl       server URL, {@code jdbc:clickhouse:http://host:8123} (a bare {@code http(s)://} URL is accepted)
 * @param user          server user
 * @param password      server password (never printed by {@link #toString()})
 * @param database      the database every statement runs in; created if missing
 */
public record WarehouseConfig(
        Kind kind,
        String embeddedPath,
        String chdbLibrary,
        String jdbcUrl,
        String user,
        String password,
        String database)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String DEFAULT_EMBEDDED_PATH = "./data/warehouse";
    public static final String DEFAULT_DATABASE = "ticketradar";

    // Database names are interpolated into DDL and USE: keep them to plain identifiers.
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public enum Kind {
        EMBEDDED,
        SERVER
    }

    public WarehouseConfig {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(database, "database");
        if (!IDENTIFIER.matcher(database).matches()) {
            throw new IllegalArgumentException("database name must match " + IDENTIFIER + ": '" + database + "'");
        }
        if (kind == Kind.EMBEDDED && (embeddedPath == null || embeddedPath.isBlank())) {
            throw new IllegalArgumentException("the embedded warehouse needs a storage path");
        }
        if (kind == Kind.SERVER && (jdbcUrl == null || jdbcUrl.isBlank())) {
            throw new IllegalArgumentException("the server warehouse needs a JDBC URL");
        }
    }

    /** The default: the embedded engine in {@value #DEFAULT_EMBEDDED_PATH}, database {@value #DEFAULT_DATABASE}. */
    public static WarehouseConfig embedded() {
        return embedded(DEFAULT_EMBEDDED_PATH);
    }

    public static WarehouseConfig embedded(String path) {
        return new WarehouseConfig(Kind.EMBEDDED, path, null, null, null, null, DEFAULT_DATABASE);
    }

    public static WarehouseConfig server(String jdbcUrl, String user, String password) {
        return new WarehouseConfig(
                Kind.SERVER,
                DEFAULT_EMBEDDED_PATH,
                null,
                jdbcUrl,
                user == null ? "default" : user,
                password == null ? "" : password,
                DEFAULT_DATABASE);
    }

    public WarehouseConfig withDatabase(String newDatabase) {
        return new WarehouseConfig(kind, embeddedPath, chdbLibrary, jdbcUrl, user, password, newDatabase);
    }

    @Override
    public String toString() {
        return kind == Kind.EMBEDDED
                ? "WarehouseConfig[embedded path=" + embeddedPath + ", database=" + database
                        + (chdbLibrary == null ? "" : ", chdbLibrary=" + chdbLibrary) + "]"
                : "WarehouseConfig[server url=" + jdbcUrl + ", user=" + user + ", database=" + database + "]";
    }
}
