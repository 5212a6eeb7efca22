package io.ticketradar.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.ticketradar.api.ApiConfig;
import io.ticketradar.api.ApiServer;
import io.ticketradar.api.Digests;
import io.ticketradar.api.DownloadLinks;
import io.ticketradar.api.HealthCheck;
import io.ticketradar.api.HealthStatus;
import io.ticketradar.api.KafkaEventPublisher;
import io.ticketradar.api.KafkaHealthCheck;
import io.ticketradar.api.TenantDays;
import io.ticketradar.api.TenantTokens;
import io.ticketradar.api.WarehouseHealthCheck;
import io.ticketradar.app.patterns.WarehouseDetection;
import io.ticketradar.broker.EmbeddedKafka;
import io.ticketradar.dashboards.Dashboards;
import io.ticketradar.models.ModelJson;
import io.ticketradar.pipelines.PipelineSettings;
import io.ticketradar.pipelines.TenantZones;
import io.ticketradar.pipelines.TicketRadarJobs;
import io.ticketradar.pipelines.kafka.KafkaConnectors;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.Warehouses;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The whole product in one process: a Kafka broker (in-process unless one is configured), the
 * warehouse, the Flink jobs on a local MiniCluster and the API. Started in dependency order and
 * stopped in reverse; {@code <data-dir>/stack.properties} tells other commands (replay, import)
 * where the running stack is.
 */
public final class TicketRadarStack implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TicketRadarStack.class);
    public static final String STACK_FILE = "stack.properties";
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Path stackFile;
    private String bootstrapServers;
    private Warehouse warehouse;
    private JobClient jobs;
    private ApiServer api;
    private String apiUrl;

    private TicketRadarStack(Path stackFile) {
        this.stackFile = stackFile;
    }

    /**
     * @throws ConfigException before anything starts, when another process holds the data folder or another program
     *     the API's port
     */
    public static TicketRadarStack start(TicketRadarConfig config, TenantTokens tokens) {
        TicketRadarStack stack = new TicketRadarStack(config.dataDir().resolve(STACK_FILE));
        try {
            stack.started.push(DataFolderLock.acquire(config.dataDir()));
            ApiPortCheck.ensureFree(config.host(), config.port());
            stack.startAll(config, tokens);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll(TicketRadarConfig config, TenantTokens tokens) {
        startBroker(config);
        KafkaHealthCheck brokerCheck = new KafkaHealthCheck(bootstrapServers, Duration.ofSeconds(1));
        started.push(brokerCheck);

        warehouse = Warehouses.open(config.warehouse());
        started.push(warehouse);
        warehouse.migrate();

        PipelineSettings defaults = PipelineSettings.defaults(
                        bootstrapServers,
                        config.warehouse(),
                        config.dataDir().resolve("flink").resolve("checkpoints"))
                .withCheckpointInterval(config.checkpointInterval())
                .withSourceIdleness(config.sourceIdleness())
                .withParallelism(config.parallelism());
        PipelineSettings settings = config.tenantsFile()
                .map(file -> TenantSettingsFile.apply(file, defaults))
                .orElse(defaults);
        TenantZones zones = settings.indicators().zones();
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        started.push(FlinkMeters.bindTo(metrics));
        try {
            jobs = TicketRadarJobs.start(settings);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the Flink jobs: " + e.getMessage(), e);
        }
        started.push(this::cancelJobs);
        LOG.info("Flink jobs submitted as {}", jobs.getJobID());

        KafkaEventPublisher publisher = new KafkaEventPublisher(bootstrapServers, Duration.ofSeconds(30));
        started.push(publisher);
        DownloadLinks links = DownloadLinks.inFolder(config.dataDir(), Clock.systemUTC());
        TenantPolicyChecks policies = new TenantPolicyChecks(settings.indicators(), settings.alerts());
        api = new ApiServer.Builder(
                        new ApiConfig(
                                config.host(), config.port(), ApiConfig.DEFAULT_MAX_BODY_BYTES, Duration.ofSeconds(3)),
                        tokens,
                        warehouse,
                        publisher,
                        List.of(brokerCheck, jobsCheck(), new WarehouseHealthCheck(warehouse)),
                        metrics)
                .feedback(publisher)
                .days(new TenantDays(Clock.systemUTC(), zones.defaultZone(), zones.byTenant()))
                .extensions(List.of(new Dashboards()))
                .links(links)
                .dispatch(new DispatchRulesCheck(), publisher)
                .policies(policies, publisher)
                .groups(config.tenantGroups())
                .build();
        int port = api.start();
        started.push(api::stop);
        apiUrl = "http://" + config.host() + ":" + port;
        startDigests(config, settings, metrics, new Digests(warehouse, links), policies);
        writeStackFile();
    }

    /**
     * The morning digests: pushed at each tenant's {@code digest.at}, and printed on request by {@code digest} through
     * the control socket (the embedded warehouse can be read by this process only), as are {@code patterns --tenant} and
     * {@code recompute}.
     */
    private void startDigests(
            TicketRadarConfig config,
            PipelineSettings settings,
            PrometheusMeterRegistry metrics,
            Digests digests,
            TenantPolicyChecks policies) {
        String baseUrl = config.publicUrl().orElse(apiUrl);
        started.push(StackControl.serve(config.dataDir(), request -> {
            try {
                if (request.size() == 3 && request.getFirst().equals(StackControl.DIGEST)) {
                    return Digests.mapper()
                            .writeValueAsString(digests.read(request.get(1), LocalDate.parse(request.get(2)), baseUrl));
                }
                if (request.size() == 5 && request.getFirst().equals(StackControl.PATTERNS)) {
                    return patterns(request, settings);
                }
                if (request.size() == 3 && request.getFirst().equals(StackControl.RECOMPUTE)) {
                    return RecomputeCommand.summary(
                            RecomputeCommand.run(settings, warehouse, request.get(1), LocalDate.parse(request.get(2))));
                }
                throw new IllegalArgumentException("unknown request " + request);
            } catch (JsonProcessingException | DateTimeParseException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalArgumentException("the recompute failed: " + e.getMessage(), e);
            }
        }));
        Map<String, LocalTime> times =
                config.tenantsFile().map(TenantSettingsFile::digestTimes).orElse(Map.of());
        if (!times.isEmpty()) {
            DigestSchedule schedule = new DigestSchedule(
                    digests,
                    times,
                    settings.indicators().zones(),
                    new WebhooksInForce(warehouse, policies, settings.alerts(), Clock.systemUTC()),
                    settings.alerts().delivery(),
                    baseUrl,
                    Clock.systemUTC(),
                    metrics);
            started.push(schedule);
            schedule.start();
        }
    }

    /** {@code patterns --tenant} for a command that cannot open the embedded warehouse this stack holds. */
    private String patterns(List<String> request, PipelineSettings settings) {
        String tenant = request.get(1);
        return ModelJson.write(WarehouseDetection.run(
                warehouse,
                tenant,
                settings.indicators().zones().zoneOf(tenant),
                LocalDate.parse(request.get(2)),
                LocalDate.parse(request.get(3)),
                settings.patterns().detector(),
                Duration.parse(request.get(4))));
    }

    private void startBroker(TicketRadarConfig config) {
        if (config.embeddedKafka()) {
            EmbeddedKafka kafka = EmbeddedKafka.start(config.dataDir().resolve("kafka"));
            started.push(kafka);
            kafka.createTopics(KafkaConnectors.TOPICS, KafkaConnectors.COMPACTED);
            bootstrapServers = kafka.bootstrapServers();
        } else {
            bootstrapServers = config.kafkaBootstrap();
        }
    }

    private HealthCheck jobsCheck() {
        return HealthCheck.of("jobs", () -> {
            JobStatus status = jobs.getJobStatus().get(2, TimeUnit.SECONDS);
            return status == JobStatus.RUNNING
                    ? HealthStatus.up(TicketRadarJobs.APPLICATION_NAME + " " + status)
                    : HealthStatus.down(TicketRadarJobs.APPLICATION_NAME + " is " + status);
        });
    }

    /**
     * Cancels the jobs and waits until their tasks have stopped: a task still writing to the embedded engine
     * while the process exits crashes the engine's native code.
     */
    private void cancelJobs() {
        try {
            jobs.cancel().get(30, TimeUnit.SECONDS);
            jobs.getJobExecutionResult().handle((result, failure) -> null).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("the Flink jobs did not stop cleanly: {}", e.getMessage());
        }
    }

    private void writeStackFile() {
        Properties p = new Properties();
        p.setProperty("bootstrap.servers", bootstrapServers);
        p.setProperty("api.url", apiUrl);
        p.setProperty("pid", String.valueOf(ProcessHandle.current().pid()));
        try (Writer w = Files.newBufferedWriter(stackFile, StandardCharsets.UTF_8)) {
            p.store(w, "the running TicketRadar stack; removed when it stops");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + stackFile, e);
        }
        started.push(() -> Files.deleteIfExists(stackFile));
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public String apiUrl() {
        return apiUrl;
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    /** Stops everything that was started, newest first; safe to call twice. */
    @Override
    public synchronized void close() {
        while (!started.isEmpty()) {
            AutoCloseable component = started.pop();
            try {
                component.close();
            } catch (Exception e) {
                LOG.warn("while stopping: {}", e.getMessage(), e);
            }
        }
    }
}
