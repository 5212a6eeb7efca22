package io.ticketradar.warehouse.server;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.command.CommandSettings;
import com.clickhouse.client.api.insert.InsertSettings;
import com.clickhouse.client.api.query.QueryResponse;
import com.clickhouse.client.api.query.QuerySettings;
import com.clickhouse.data.ClickHouseFormat;
import com.clickhouse.jdbc.ConnectionImpl;
import com.clickhouse.jdbc.Driver;
import io.ticketradar.warehouse.AbstractWarehouse;
import io.ticketradar.warehouse.JsonRows;
import io.ticketradar.warehouse.WarehouseConfig;
import io.ticketradar.warehouse.WarehouseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The warehouse on a ClickHouse server (24.8+), through clickhouse-jdbc 0.9. The JDBC driver parses the URL and
 * owns the HTTP client; statements go through that client ({@link ConnectionImpl#getClient()}) rather than JDBC
 * result sets, because only the client hands back the raw JSONEachRow output and takes a JSONEachRow insert body,
 * which keeps values and inserts identical to the embedded adapter. Every request names the database and the
 * shared session settings, so no server-side session state is relied on; the client is thread-safe.
 */
final class ServerWarehouse extends AbstractWarehouse {

    private static final Logger LOG = LoggerFactory.getLogger(ServerWarehouse.class);

    private final Connection jdbc;
    private final Client client;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ServerWarehouse(Connection jdbc, Client client, String database) {
        super(database);
        this.jdbc = jdbc;
        this.client = client;
    }

    static ServerWarehouse open(WarehouseConfig config) {
        String url = jdbcUrl(config.jdbcUrl());
        Properties properties = new Properties();
        properties.setProperty("user", config.user() == null ? "default" : config.user());
        properties.setProperty("password", config.password() == null ? "" : config.password());
        long start = System.nanoTime();
        Connection jdbc;
        Client client;
        try {
            jdbc = new Driver().connect(url, properties);
            client = jdbc.unwrap(ConnectionImpl.class).getClient();
        } catch (SQLException e) {
            throw new WarehouseException("cannot connect to ClickHouse at " + url + ": " + e.getMessage(), null, e);
        }
        ServerWarehouse warehouse = new ServerWarehouse(jdbc, client, config.database());
        try {
            // Runs in the URL's database: ours may not exist yet.
            warehouse.command("CREATE DATABASE IF NOT EXISTS `" + config.database() + "`", null);
        } catch (RuntimeException e) {
            warehouse.close();
            throw e;
        }
        LOG.info(
                "server warehouse open: url={} database={} ({} ms)",
                url,
                config.database(),
                (System.nanoTime() - start) / 1_000_000);
        return warehouse;
    }

    // A bare http(s):// URL (as in CLICKHOUSE_URL) is accepted for convenience.
    private static String jdbcUrl(String url) {
        return url.startsWith("jdbc:") ? url : "jdbc:clickhouse:" + url;
    }

    @Override
    protected void runStatement(String sql) {
        command(sql, database());
    }

    private void command(String sql, String inDatabase) {
        CommandSettings settings = new CommandSettings();
        if (inDatabase != null) {
            settings.setDatabase(inDatabase);
        }
        JsonRows.SESSION_SETTINGS.forEach(settings::serverSetting);
        release(await(() -> client.execute(sql, settings), sql));
    }

    @Override
    protected List<Map<String, Object>> runQuery(String sql) {
        QuerySettings settings = new QuerySettings()
                .setDatabase(database())
                .setFormat(ClickHouseFormat.JSONEachRow)
                // Buffer the result on the server, so an error that strikes mid-query arrives as an HTTP error with
                // the engine's message rather than as text cut into a 200 response body.
                .serverSetting("wait_end_of_query", "1");
        JsonRows.SESSION_SETTINGS.forEach(settings::serverSetting);
        QueryResponse response = await(() -> client.query(sql, settings), sql);
        try {
            return JsonRows.parse(response.getInputStream(), sql);
        } catch (WarehouseException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new WarehouseException(e.getMessage(), sql, e); // the client decodes the stream as it is read
        } finally {
            release(response);
        }
    }

    @Override
    protected void runInsert(String table, String jsonEachRow, int rowCount) {
        String description = "INSERT INTO " + table + " FORMAT JSONEachRow -- " + rowCount + " rows";
        InsertSettings settings =
                new InsertSettings().setDatabase(database()).serverSetting("input_format_skip_unknown_fields", "1");
        JsonRows.SESSION_SETTINGS.forEach(settings::serverSetting);
        ByteArrayInputStream rows = new ByteArrayInputStream(jsonEachRow.getBytes(StandardCharsets.UTF_8));
        release(await(() -> client.insert(table, rows, ClickHouseFormat.JSONEachRow, settings), description));
    }

    // The client completes synchronously unless async mode is on, and may throw or fail the future.
    private static <T> T await(Supplier<CompletableFuture<T>> call, String sql) {
        try {
            return call.get().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WarehouseException("interrupted", sql, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new WarehouseException(cause.getMessage(), sql, cause);
        } catch (RuntimeException e) {
            throw new WarehouseException(e.getMessage(), sql, e);
        }
    }

    // The statement already succeeded: a response that fails to close only costs a pooled HTTP connection.
    private static void release(AutoCloseable response) {
        try {
            response.close();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warn("could not release a ClickHouse response", e);
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                jdbc.close();
            } catch (SQLException e) {
                LOG.warn("closing the ClickHouse connection for database {} failed", database(), e);
            }
        }
    }
}
