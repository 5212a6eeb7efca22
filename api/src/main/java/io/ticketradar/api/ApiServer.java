package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.ticketradar.warehouse.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The TicketRadar HTTP API (Javalin on Jetty, virtual threads). It only wires routes to handlers;
 * the components it is given (tokens, warehouse, publisher, health checks, metrics registry)
 * belong to the caller, which closes them after {@link #stop()}.
 *
 * <pre>
 * GET  /api/health                         no auth   200 ok / 503 down, per component
 * GET  /api/openapi.json                   no auth   this API as OpenAPI 3.1
 * GET  /api/docs                           no auth   the same as a readable HTML page
 * GET  /metrics                            no auth   Prometheus text
 * POST /api/v1/events                      bearer    JSON array or NDJSON of events -> Kafka
 * GET  /api/v1/tickets/{ticket_id}/events  bearer    a ticket's stored events, event-time order
 * GET  /api/v1/alerts[?since=]              bearer    the tenant's alerts, newest first
 * GET  /api/v1/indicators?from=&to=[&region=]  bearer  daily health indicators, one object per day
 * GET  /api/v1/indicators/live[?region=]    bearer    the rolling 24 h indicators and when they were computed
 * GET  /api/v1/heatmap?window=&date=&x=&y=  bearer    heatmap cells
 * GET  /api/v1/heatmap/tickets?...          bearer    the tickets behind a heatmap cell, paginated
 * GET  /api/v1/patterns[?status=&opportunity=]  bearer  emerging failure patterns, newest detected first
 * GET  /api/v1/patterns/{pattern_id}        bearer    one pattern
 * PATCH /api/v1/patterns/{pattern_id}       bearer    confirm, dismiss, tag as opportunity, note
 * GET  /api/v1/duplicates[?status=]        bearer    duplicate tickets: merge suggestions and merges, newest first
 * PATCH /api/v1/duplicates/{ticket_id}     bearer    accept (sends TICKET_MERGED) or reject a merge suggestion
 * GET  /api/v1/trends?group_by=&from=&to=   bearer    daily failure cases per fault, model, batch... for R&D
 * GET  /api/v1/devices/{device_sn}/history  bearer    a device's master data, tickets and repairs
 * GET  /api/v1/tickets/{ticket_id}/hints    bearer    dispatch hints of the patterns a ticket matches
 * GET  /api/v1/tickets/{ticket_id}/enrichment  bearer  what the tenant's CRM and MES said about a new ticket
 * GET  /api/v1/engineers/{engineer_id}/today  bearer  an engineer's 3 most urgent open tickets, repairs, first-time fix
 * POST /api/v1/tickets/from-text[?create=true]  bearer  a chat message read into a prefilled TICKET_CREATED
 * GET  /api/v1/policy                      bearer    the tenant's service levels and healthy thresholds in force
 * PUT  /api/v1/policy[?by=]                bearer    a new policy: 422 naming its problems, or the next version
 * GET  /api/v1/dispatch/rules              bearer    the dispatch rules in force
 * PUT  /api/v1/dispatch/rules[?by=]         bearer    a new rule set: 422 naming its problems, or the next version
 * GET  /api/v1/tickets/{ticket_id}/dispatch bearer    how dispatch routed a ticket, with the rules that decided
 * GET  /api/v1/dispatch/decisions[?blocked=] bearer  the most recent decisions, newest first
 * POST /api/v1/dispatch/proposals          bearer    propose a rule to add, change or drop, with a reason
 * GET  /api/v1/dispatch/proposals[?status=] bearer   proposals with their review clock (target 48 h) and effect
 * GET  /api/v1/dispatch/proposals/{id}     bearer    one proposal, with its review clock and its rule's effect
 * GET  /api/v1/dispatch/rules/{version}/effect  bearer  a version's routed tickets against the time before it
 * POST /api/v1/dispatch/proposals/{id}/approve|reject  bearer  review: approved becomes the next rule version
 * GET  /api/v1/stream                      bearer    Server-Sent Events: the tenant's changes as they land
 * GET  /api/v1/groups/{group_id}[/indicators|/heatmap]  group  the group's tenants and roll-ups (GroupsHandler)
 * POST|GET /api/v1/knowledge/proposals, POST .../{id}/approve|reject, GET /api/v1/knowledge  shared knowledge
 * GET  /api/downloads/indicators.csv?...   signed    a tenant's daily indicators as CSV, through the digest's link
 * </pre>
 *
 * <p>Lists take {@code ?format=csv} or {@code ?format=xlsx} to download what they show. A group's token reads a
 * tenant's routes naming the tenant with {@code ?tenant=} (see {@link BearerAuth}).
 */
public final class ApiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final String OPENAPI_RESOURCE = "openapi.json";
    /** Recent stream events kept for clients that reconnect: minutes of changes of every tenant. */
    private static final int STREAM_LOG_CAPACITY = 10_000;
    /** For servers built without a feedback topic: a decision is refused with 503 rather than silently lost. */
    private static final FeedbackPublisher NO_FEEDBACK_TOPIC = (key, value) -> {
        throw new PublishException("this server has no pattern-feedback topic configured", null);
    };

    /** For servers built without dispatch: a rule set is refused with 503 rather than stored and never applied. */
    private static final DispatchRuleCheck NO_DISPATCH = (tenant, version, body) -> {
        throw ApiException.unavailable("this server runs no dispatch job, so it takes no dispatch rules");
    };

    private static final DispatchRulesPublisher NO_RULES_TOPIC = (tenant, message) -> {
        throw new PublishException("this server has no dispatch-rules topic configured", null);
    };

    private static final TenantPolicyPublisher NO_POLICY_TOPIC = (tenant, message) -> {
        throw new PublishException("this server has no tenant-policies topic configured", null);
    };

    /** For servers built without policies: a policy is refused with 503 rather than stored and never applied. */
    private static final TenantPolicyCheck NO_POLICIES = new TenantPolicyCheck() {
        @Override
        public Set<String> fields() {
            throw noJobs();
        }

        @Override
        public ObjectNode configured(String tenantId) {
            throw noJobs();
        }

        /** Stored versions are still answered, without the webhooks, whose secrets only the jobs' reader masks. */
        @Override
        public ObjectNode answered(ObjectNode policy) {
            return policy.deepCopy().without("webhooks");
        }

        @Override
        public Verdict check(String tenantId, JsonNode body, Instant at, ObjectNode inForce) {
            throw noJobs();
        }

        @Override
        public String message(String tenantId, List<Stored> versions) {
            throw noJobs();
        }

        private static ApiException noJobs() {
            return ApiException.unavailable("this server runs no jobs that take policies");
        }
    };

    private final ApiConfig config;
    private final PrometheusMeterRegistry metrics;
    private final HealthHandler health;
    private final JvmGcMetrics gcMetrics = new JvmGcMetrics();
    private final ChangeWatcher changes;
    private final StreamHandler stream;
    private final Javalin app;

    /** A route the server answers, for the OpenAPI coverage test. */
    record Route(String method, String path) {}

    /**
     * The one way to build a server: what every server needs, given to the constructor, and what it may have besides.
     * Left out: no pattern-feedback topic (decisions are refused with 503), no dispatch (rule sets are refused with
     * 503), {@link TenantDays#defaults()} (every tenant's days in Asia/Shanghai), no extensions, and download links of
     * this process only.
     */
    public static final class Builder {
        private final ApiConfig config;
        private final TenantTokens tokens;
        private final Warehouse warehouse;
        private final EventPublisher publisher;
        private final List<HealthCheck> checks;
        private final PrometheusMeterRegistry metrics;
        private FeedbackPublisher feedback = NO_FEEDBACK_TOPIC;
        private TenantDays days = TenantDays.defaults();
        private List<Consumer<JavalinConfig>> extensions = List.of();
        /** Null unless given: then links of this process only, on the clock of the {@link #days} finally given. */
        private DownloadLinks links;

        private DispatchRuleCheck ruleCheck = NO_DISPATCH;
        private DispatchRulesPublisher rules = NO_RULES_TOPIC;
        private TenantPolicyCheck policyCheck = NO_POLICIES;
        private TenantPolicyPublisher policies = NO_POLICY_TOPIC;
        private TenantGroups groups = TenantGroups.none();

        /**
         * @param checks the health checks {@code /api/health} reports, one per component
         * @param metrics the registry {@code /metrics} scrapes; the caller closes it
         */
        public Builder(
                ApiConfig config,
                TenantTokens tokens,
                Warehouse warehouse,
                EventPublisher publisher,
                List<HealthCheck> checks,
                PrometheusMeterRegistry metrics) {
            this.config = config;
            this.tokens = tokens;
            this.warehouse = warehouse;
            this.publisher = publisher;
            this.checks = checks;
            this.metrics = metrics;
        }

        /** @param feedback where people's decisions about patterns go for the detector (the pattern-feedback topic) */
        public Builder feedback(FeedbackPublisher feedback) {
            this.feedback = feedback;
            return this;
        }

        /** @param days each tenant's zone and the clock, for parameters that default to the tenant's today */
        public Builder days(TenantDays days) {
            this.days = days;
            return this;
        }

        /**
         * @param extensions more routes on the same server, outside {@code /api}: the dashboards' pages and assets
         *     (they call the API from the browser like any client, so they need nothing of its internals)
         */
        public Builder extensions(List<Consumer<JavalinConfig>> extensions) {
            this.extensions = extensions;
            return this;
        }

        /**
         * @param links checks the signed download links that the morning digest gives (the same key as its
         *     {@link Digests})
         */
        public Builder links(DownloadLinks links) {
            this.links = links;
            return this;
        }

        /**
         * @param ruleCheck validates dispatch rule sets as the dispatch job reads them
         * @param rules where adopted rule sets go for the dispatch job (the dispatch-rules topic)
         */
        public Builder dispatch(DispatchRuleCheck ruleCheck, DispatchRulesPublisher rules) {
            this.ruleCheck = ruleCheck;
            this.rules = rules;
            return this;
        }

        /**
         * @param policyCheck reads tenants' policies as the jobs read them, and knows their start-up configuration
         * @param policies where adopted policies go for the jobs (the tenant-policies topic)
         */
        public Builder policies(TenantPolicyCheck policyCheck, TenantPolicyPublisher policies) {
            this.policyCheck = policyCheck;
            this.policies = policies;
            return this;
        }

        /** @param groups which tenants each group holds (none: group tokens see no tenant) */
        public Builder groups(TenantGroups groups) {
            this.groups = groups;
            return this;
        }

        public ApiServer build() {
            return new ApiServer(this, links != null ? links : DownloadLinks.ephemeral(days.clock()));
        }
    }

    private ApiServer(Builder built, DownloadLinks links) {
        this.config = built.config;
        this.metrics = built.metrics;
        Warehouse warehouse = built.warehouse;
        TenantDays days = built.days;
        this.health = new HealthHandler(built.checks, config.healthTimeout());
        ObjectMapper mapper = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        EventsHandler events = new EventsHandler(built.publisher, new IngestMetrics(metrics), config.maxBodyBytes());
        TicketEventsHandler ticketEvents = new TicketEventsHandler(warehouse, mapper);
        AlertsHandler alerts = new AlertsHandler(warehouse, mapper);
        SourceCoverages coverages = new SourceCoverages(warehouse);
        IndicatorsHandler indicators = new IndicatorsHandler(warehouse, coverages);
        LiveIndicatorsHandler liveIndicators = new LiveIndicatorsHandler(warehouse, coverages);
        HeatmapHandler heatmap = new HeatmapHandler(warehouse, days);
        HeatmapTicketsHandler heatmapTickets = new HeatmapTicketsHandler(warehouse, days);
        Patterns patterns = new Patterns(warehouse, mapper);
        Devices devices = new Devices(warehouse, mapper);
        Duplicates duplicates = new Duplicates(warehouse);
        DispatchRuleBook ruleBook = new DispatchRuleBook(
                new DispatchRuleVersions(warehouse, mapper), built.ruleCheck, built.rules, days.clock());
        DispatchEffect effects = new DispatchEffect(warehouse);
        DispatchRulesHandler dispatchRules = new DispatchRulesHandler(ruleBook, effects, mapper, days.clock());
        DispatchProposalsHandler proposals = new DispatchProposalsHandler(
                new DispatchProposals(warehouse, mapper), ruleBook, effects, mapper, days.clock());
        TenantPolicyHandler policy = new TenantPolicyHandler(
                new TenantPolicyBook(warehouse, built.policyCheck, built.policies, mapper, days.clock()), mapper);
        StreamLog streamLog = new StreamLog(STREAM_LOG_CAPACITY, System.currentTimeMillis());
        this.changes = new ChangeWatcher(warehouse, streamLog, config.streamPoll());
        this.stream = new StreamHandler(streamLog, config.heartbeat());
        byte[] openApi = resource(OPENAPI_RESOURCE);
        String docs = docsPage(mapper, openApi);
        this.app = Javalin.create(cfg -> {
            configureServer(cfg, mapper);
            ErrorMapper.register(cfg, mapper);
            cfg.routes.beforeMatched("/api/v1/*", new BearerAuth(built.tokens, built.groups));
            cfg.routes.get("/api/health", health);
            cfg.routes.get(
                    "/api/openapi.json",
                    ctx -> ctx.contentType("application/json").result(openApi));
            cfg.routes.get("/api/docs", ctx -> ctx.html(docs));
            cfg.routes.get(
                    "/metrics",
                    ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                            .result(metrics.scrape()));
            cfg.routes.post("/api/v1/events", events);
            cfg.routes.get("/api/v1/tickets/{ticket_id}/events", ticketEvents);
            cfg.routes.get("/api/v1/alerts", alerts);
            cfg.routes.get("/api/v1/indicators", indicators);
            cfg.routes.get(DownloadLinks.INDICATORS_CSV, new IndicatorsDownloadHandler(indicators, links));
            cfg.routes.get("/api/v1/indicators/live", liveIndicators);
            cfg.routes.get("/api/v1/heatmap", heatmap);
            cfg.routes.get("/api/v1/heatmap/tickets", heatmapTickets);
            cfg.routes.get("/api/v1/patterns", new PatternsHandler(patterns));
            cfg.routes.get("/api/v1/patterns/{pattern_id}", new PatternHandler(patterns));
            cfg.routes.patch(
                    "/api/v1/patterns/{pattern_id}",
                    new PatternFeedbackHandler(patterns, built.feedback, mapper, days.clock()));
            cfg.routes.get("/api/v1/duplicates", new DuplicatesHandler(duplicates));
            cfg.routes.patch(
                    "/api/v1/duplicates/{ticket_id}",
                    new DuplicateDecisionHandler(duplicates, built.publisher, mapper, days.clock()));
            cfg.routes.get("/api/v1/trends", new TrendsHandler(warehouse));
            cfg.routes.get("/api/v1/devices/{device_sn}/history", new DeviceHistoryHandler(warehouse, devices));
            cfg.routes.get("/api/v1/tickets/{ticket_id}/hints", new TicketHintsHandler(warehouse, patterns));
            cfg.routes.get("/api/v1/tickets/{ticket_id}/enrichment", new TicketEnrichmentHandler(warehouse));
            cfg.routes.get(
                    "/api/v1/engineers/{engineer_id}/today",
                    new EngineerTodayHandler(new EngineerDay(warehouse), devices, days));
            cfg.routes.post(
                    "/api/v1/tickets/from-text",
                    new TicketFromTextHandler(warehouse, devices, built.publisher, mapper, days));
            cfg.routes.get("/api/v1/policy", policy::get);
            cfg.routes.put("/api/v1/policy", policy::put);
            cfg.routes.get("/api/v1/dispatch/rules", dispatchRules::get);
            cfg.routes.put("/api/v1/dispatch/rules", dispatchRules::put);
            cfg.routes.get("/api/v1/dispatch/rules/{version}/effect", dispatchRules::effect);
            cfg.routes.get("/api/v1/tickets/{ticket_id}/dispatch", new TicketDispatchHandler(warehouse));
            cfg.routes.get("/api/v1/dispatch/decisions", new DispatchDecisionsHandler(warehouse));
            cfg.routes.post("/api/v1/dispatch/proposals", proposals::propose);
            cfg.routes.get("/api/v1/dispatch/proposals", proposals::list);
            cfg.routes.get("/api/v1/dispatch/proposals/{proposal_id}", proposals::detail);
            cfg.routes.post("/api/v1/dispatch/proposals/{proposal_id}/approve", proposals::approve);
            cfg.routes.post("/api/v1/dispatch/proposals/{proposal_id}/reject", proposals::reject);
            cfg.routes.get(BearerAuth.STREAM_PATH, stream);
            GroupRoutes.register(cfg.routes, warehouse, built.groups, days, patterns, mapper);
            built.extensions.forEach(extension -> extension.accept(cfg));
        });
    }

    private void configureServer(JavalinConfig cfg, ObjectMapper mapper) {
        cfg.startup.showJavalinBanner = false;
        cfg.jetty.host = config.host();
        cfg.jetty.port = config.port();
        cfg.concurrency.useVirtualThreads = true; // handlers block on Kafka acks and warehouse queries
        cfg.http.maxRequestSize = config.maxBodyBytes();
        cfg.http.prefer405over404 = true;
        // What Jetty refuses before routing (a target over the size limit or not decodable) answers in JSON too.
        cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler(mapper)));
        cfg.jsonMapper(new JavalinJackson(mapper, true));
        cfg.requestLogger.http(new RequestObserver(metrics));
    }

    /** Starts listening and returns the bound port (a free one when the config says 0). */
    public int start() {
        new ClassLoaderMetrics().bindTo(metrics);
        new JvmMemoryMetrics().bindTo(metrics);
        gcMetrics.bindTo(metrics);
        new JvmThreadMetrics().bindTo(metrics);
        new ProcessorMetrics().bindTo(metrics);
        new UptimeMetrics().bindTo(metrics);
        app.start();
        changes.start();
        LOG.info("API listening on http://{}:{}/api", config.host(), app.port());
        return app.port();
    }

    /** The bound port; valid after {@link #start()}. */
    public int port() {
        return app.port();
    }

    /** Stops serving; open event streams are ended first, so no request is dropped under a stream still writing. */
    public void stop() {
        changes.close();
        stream.close();
        app.stop();
        health.close();
        gcMetrics.close();
    }

    @Override
    public void close() {
        stop();
    }

    /** Event streams being written now. */
    int openStreams() {
        return stream.openStreams();
    }

    /** Every HTTP route registered, filters excluded. */
    List<Route> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map((Endpoint endpoint) -> new Route(endpoint.method.name(), endpoint.path))
                .toList();
    }

    private static String docsPage(ObjectMapper mapper, byte[] openApi) {
        try {
            return ApiDocsPage.render(mapper.readTree(openApi));
        } catch (IOException e) {
            throw new IllegalStateException("the bundled openapi.json is not JSON", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + ApiServer.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
