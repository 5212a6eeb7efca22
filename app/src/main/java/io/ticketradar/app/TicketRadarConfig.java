package io.ticketradar.app;

import io.ticketradar.api.TenantGroups;
import io.ticketradar.pipelines.PipelineSettings;
import io.ticketradar.pipelines.TenantZones;
import io.ticketradar.warehouse.WarehouseConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The one typed configuration of a TicketRadar process: defaults, then a properties file
 * ({@code --config FILE}), then environment variables, then flags. Defaults run the embedded stack.
 */
public final class TicketRadarConfig {

    private final Map<Setting, String> values;

    private TicketRadarConfig(Map<Setting, String> values) {
        this.values = values;
    }

    /** Reads the layers; {@code args} are the command's arguments ({@code --port 7070}, {@code --port=7070}, {@code --no-traffic}). */
    public static TicketRadarConfig load(List<String> args, Map<String, String> env) {
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (Setting s : Setting.values()) {
            values.put(s, s.defaultValue());
        }
        Map<Setting, String> flags = parseFlags(args);
        String configFile = flagValue(args, "--config");
        if (configFile != null) {
            values.putAll(readFile(Path.of(configFile)));
        }
        for (Setting s : Setting.values()) {
            String fromEnv = env.get(s.envVar());
            if (fromEnv != null && !fromEnv.isBlank()) {
                values.put(s, fromEnv.strip());
            }
        }
        values.putAll(flags);
        TicketRadarConfig config = new TicketRadarConfig(values);
        config.validate();
        return config;
    }

    private static Map<Setting, String> parseFlags(List<String> args) {
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--config")) {
                i++;
                continue;
            }
            if (arg.startsWith("--config=")) {
                continue;
            }
            if (arg.startsWith("--no-")) {
                flags.put(settingForFlag("--" + arg.substring(5), arg), "false");
                continue;
            }
            if (!arg.startsWith("--")) {
                throw new ConfigException("unexpected argument '" + arg + "' (settings are given as --name value)");
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            Setting setting = settingForFlag(name, arg);
            if (eq >= 0) {
                flags.put(setting, arg.substring(eq + 1));
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                flags.put(setting, args.get(++i));
            } else {
                throw new ConfigException("flag " + name + " needs a value");
            }
        }
        return flags;
    }

    private static Setting settingForFlag(String flag, String original) {
        return Setting.byKey(flag.substring(2))
                .orElseThrow(() -> new ConfigException("unknown flag '" + original + "' (see --help)"));
    }

    private static String flagValue(List<String> args, String flag) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(flag)) {
                if (i + 1 >= args.size()) {
                    throw new ConfigException("flag " + flag + " needs a value");
                }
                return args.get(i + 1);
            }
            if (args.get(i).startsWith(flag + "=")) {
                return args.get(i).substring(flag.length() + 1);
            }
        }
        return null;
    }

    private static Map<Setting, String> readFile(Path file) {
        Properties props = PropertiesFiles.read(file, "config file");
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (String key : props.stringPropertyNames()) {
            Setting setting = Setting.byKey(key)
                    .orElseThrow(() -> new ConfigException("unknown setting '" + key + "' in " + file));
            values.put(setting, props.getProperty(key).strip());
        }
        return values;
    }

    private void validate() {
        int port = port();
        if (port < 0 || port > 65_535) {
            throw new ConfigException("port must be between 0 and 65535, got " + port);
        }
        if (checkpointInterval().isNegative() || checkpointInterval().isZero()) {
            throw new ConfigException("checkpoint-seconds must be positive");
        }
        if (sourceIdleness().isNegative() || sourceIdleness().isZero()) {
            throw new ConfigException("source-idleness-seconds must be positive");
        }
        if (parallelism() < 1) {
            throw new ConfigException("parallelism must be at least 1");
        }
        traffic();
    }

    public String get(Setting setting) {
        return values.get(setting);
    }

    private int integer(Setting setting) {
        try {
            return Integer.parseInt(values.get(setting));
        } catch (NumberFormatException e) {
            throw new ConfigException(setting.key() + " must be a whole number, got '" + values.get(setting) + "'");
        }
    }

    public Path dataDir() {
        return Path.of(values.get(Setting.DATA_DIR)).toAbsolutePath().normalize();
    }

    public String host() {
        return values.get(Setting.HOST);
    }

    public int port() {
        return integer(Setting.PORT);
    }

    /** Empty when the app should start its own broker. */
    public String kafkaBootstrap() {
        return values.get(Setting.KAFKA_BOOTSTRAP);
    }

    public boolean embeddedKafka() {
        return kafkaBootstrap().isBlank();
    }

    /** True when the warehouse is the embedded engine in the data folder, not a ClickHouse server. */
    public boolean embeddedWarehouse() {
        return values.get(Setting.CLICKHOUSE_URL).isBlank();
    }

    public WarehouseConfig warehouse() {
        if (embeddedWarehouse()) {
            return WarehouseConfig.embedded(dataDir().resolve("warehouse").toString());
        }
        return WarehouseConfig.server(
                values.get(Setting.CLICKHOUSE_URL),
                values.get(Setting.CLICKHOUSE_USER),
                values.get(Setting.CLICKHOUSE_PASSWORD));
    }

    /** Each tenant's time zone: the tenants file's, else the default (Asia/Shanghai). */
    public TenantZones tenantZones() {
        return tenantsFile()
                .map(file -> TenantSettingsFile.apply(file, PipelineSettings.defaults("", warehouse(), dataDir()))
                        .indicators()
                        .zones())
                .orElse(TenantZones.defaults());
    }

    /** Which tenants each group holds: the tenants file's {@code <tenant>.group} keys, else no groups. */
    public TenantGroups tenantGroups() {
        return tenantsFile().map(TenantSettingsFile::groups).orElse(TenantGroups.none());
    }

    /**
     * The stack file of the stack running on this data folder, or null when none runs. Its embedded warehouse is
     * then locked by it: other commands ask it through {@link StackControl}, or say so.
     */
    public Properties runningStack() {
        Path file = dataDir().resolve(TicketRadarStack.STACK_FILE);
        if (!Files.exists(file)) {
            return null;
        }
        Properties stack = PropertiesFiles.read(file, "stack file");
        boolean alive = ProcessHandle.of(Long.parseLong(stack.getProperty("pid", "-1")))
                .map(ProcessHandle::isAlive)
                .orElse(false);
        return alive ? stack : null;
    }

    public Duration checkpointInterval() {
        return Duration.ofSeconds(integer(Setting.CHECKPOINT_SECONDS));
    }

    public Duration sourceIdleness() {
        return Duration.ofSeconds(integer(Setting.SOURCE_IDLENESS_SECONDS));
    }

    public int parallelism() {
        return integer(Setting.PARALLELISM);
    }

    public Path tokensFile() {
        String file = values.get(Setting.TOKENS_FILE);
        return file.isBlank() ? dataDir().resolve("tokens") : Path.of(file);
    }

    /** Empty when no per-tenant settings are configured. */
    public Optional<Path> tenantsFile() {
        String file = values.get(Setting.TENANTS_FILE);
        return file.isBlank() ? Optional.empty() : Optional.of(Path.of(file));
    }

    /** Empty when links should use the API's own address. */
    public Optional<String> publicUrl() {
        String url = values.get(Setting.PUBLIC_URL).strip();
        return url.isEmpty() ? Optional.empty() : Optional.of(url.replaceAll("/+$", ""));
    }

    public boolean traffic() {
        String v = values.get(Setting.TRAFFIC).toLowerCase();
        if (!v.equals("true") && !v.equals("false")) {
            throw new ConfigException("traffic must be true or false, got '" + v + "'");
        }
        return Boolean.parseBoolean(v);
    }
}
