package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.ticketradar.api.HostileValues.Kind;
import io.ticketradar.events.Topics;
import io.ticketradar.warehouse.tables.Alerts;
import io.ticketradar.warehouse.tables.FailureCases;
import io.ticketradar.warehouse.tables.FailurePatterns;
import io.ticketradar.warehouse.tables.HealthIndicators;
import io.ticketradar.warehouse.tables.HeatmapCells;
import io.ticketradar.warehouse.tables.Regions;
import io.ticketradar.warehouse.tables.TicketEvents;
import io.ticketradar.warehouse.tables.TicketFacts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URLDecoder;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static io.ticketradar.api.TestApi.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every route the served OpenAPI document declares, with a corpus of hostile values ({@link HostileValues}: SQL
 * injection, path traversal, oversized, control characters, bytes that are no UTF-8, ClickHouse syntax, numbers and
 * dates out of range) in each of its path and query parameters in turn, and broken, mistyped and huge bodies on each
 * write. Each answer is a 2xx (the value taken as literal data), or a 400, 404, 413 or 422 with a JSON error message;
 * never a 5xx, never a stack trace or the engine's words; and afterwards every warehouse table is still there with its
 * rows. A hostile value may also get the 401 or 403 that an ordinary unknown value of the same parameter gets: a
 * tenant, group or signature the caller does not hold is refused whatever it looks like.
 */
class ApiHostileInputTest {

    private static final String GROUP = "hostile-dealers";
    private static final String TICKET = "T-HOSTILE-1";
    private static final String DEVICE = "SN-HOSTILE-1";
    private static final String PATTERN = "P-HOSTILE-1";
    private static final String DAY = "2026-01-05";
    /** Small, so that a body over it is cheap to send. */
    private static final long MAX_BODY = 2L * 1024 * 1024;

    private static final Set<Integer> ANSWERS = Set.of(400, 404, 413, 422);
    /** Refusals for who the caller is, allowed where an ordinary unknown value gets them too. */
    private static final Set<Integer> ACCESS_REFUSALS = Set.of(401, 403);
    /**
     * What HTTP answers a request line over the server's limit (8 KiB, like most servers and proxies): the status that
     * says exactly what to shorten, before any handler could read a parameter. Only oversized values may get it.
     */
    private static final Set<Integer> URI_TOO_LONG = Set.of(414);
    /** Signs of a stack trace or of the engine's own error text. */
    private static final List<String> LEAKS =
            List.of("at io.", "at java.", "\tat ", "\\tat ", "Exception", "DB::", "Code: ", "SQL: ");
    /** Every value of these kinds goes into every parameter; of the other kinds, every SAMPLE-th value. */
    private static final Set<Kind> ALWAYS = Set.of(Kind.SQL, Kind.TRAVERSAL, Kind.OVERSIZE);

    private static final int SAMPLE = 3;
    private static final int WORKERS = 4;

    private static TestApi api;
    private static String groupToken;
    private static OpenApiOperations doc;
    /** Values that name what exists (the seeded ticket, the token's group, a signed link's parts), by parameter. */
    private static Map<String, String> known;

    private static Map<String, Long> rowsBefore;

    /** One request: the operation, who sends it, each parameter's value as sent, and its body (null for none). */
    private record Call(OpenApiOperations.Operation op, String token, Map<String, String> wire, Body body) {

        Call with(String parameter, String value) {
            Map<String, String> changed = new LinkedHashMap<>(wire);
            changed.put(parameter, value);
            return new Call(op, token, changed, body);
        }

        Call with(Body other) {
            return new Call(op, token, wire, other);
        }

        String target() {
            String path = op.path();
            StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
            for (OpenApiOperations.Parameter p : op.parameters()) {
                String value = wire.get(p.name());
                if (p.inPath()) {
                    path = path.replace("{" + p.name() + "}", value);
                } else if (value != null) {
                    query.add(p.name() + "=" + value);
                }
            }
            return path + query;
        }

        /**
         * Sends the request, once more when the connection it went out on was closed before any answer: the server
         * closes a connection after refusing a request whose body it did not read, and the client may have picked
         * that connection for its next request. A request the server itself never answers fails twice.
         */
        ApiClient.Response send() {
            try {
                return sendOnce();
            } catch (UncheckedIOException e) {
                return sendOnce();
            }
        }

        private ApiClient.Response sendOnce() {
            return api.client.probe(
                    op.method(),
                    target(),
                    ApiClient.bearer(token),
                    body == null ? null : "application/json",
                    op.eventStream() ? EventStreamWriter.CONTENT_TYPE : null,
                    body == null ? BodyPublishers.noBody() : body.publisher());
        }

        @Override
        public String toString() {
            String target = target();
            return op.name() + " as " + (target.length() > 200 ? target.substring(0, 200) + "..." : target)
                    + (body == null ? "" : " with " + body);
        }
    }

    /** @param chunked sent without a Content-Length, as a stream */
    private record Body(String label, byte[] bytes, boolean chunked) {

        static Body of(String label, String text) {
            return new Body(label, text.getBytes(StandardCharsets.UTF_8), false);
        }

        BodyPublisher publisher() {
            return chunked
                    ? BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
                    : BodyPublishers.ofByteArray(bytes);
        }

        @Override
        public String toString() {
            return label + " (" + bytes.length + " bytes" + (chunked ? ", chunked" : "") + ")";
        }
    }

    /** A request and what else than {@link #ANSWERS} and a 2xx it may answer. */
    private record Probe(Call call, Set<Integer> alsoAllowed) {}

    @BeforeAll
    static void start() {
        api = TestApi.builder()
                .maxBodyBytes(MAX_BODY)
                .heartbeat(Duration.ofMillis(200)) // streams whose client went away end at their next heartbeat
                .groups(TenantGroups.of(Map.of(TENANT, GROUP)))
                .dispatch(ApiHostileInputTest::checkRules, (tenant, message) -> {})
                .policies(new AnyObjectIsAPolicy(), (tenant, message) -> {})
                .start();
        groupToken = api.tokens.issueForGroup(GROUP, TenantTokens.Role.FULL);
        seed();
        doc = new OpenApiOperations(api.client.get("/api/openapi.json", null).json());
        known = knownValues();
        rowsBefore = rows();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /** Stands in for the dispatch job's check: any object whose rules are an array is a valid set. */
    private static DispatchRuleCheck.Verdict checkRules(String tenant, long version, JsonNode body) {
        if (!body.path("rules").isArray()) {
            return new DispatchRuleCheck.Verdict.Refused(List.of("rules must be an array"));
        }
        return new DispatchRuleCheck.Verdict.Adopted(body.toString(), body.toString());
    }

    /** Stands in for the jobs' reader of policies: any object is a policy, stored as it came. */
    private static final class AnyObjectIsAPolicy implements TenantPolicyCheck {
        @Override
        public Set<String> fields() {
            return Set.of("effective_from", "sla", "healthy", "webhooks");
        }

        @Override
        public ObjectNode configured(String tenantId) {
            return JsonNodeFactory.instance.objectNode();
        }

        @Override
        public ObjectNode answered(ObjectNode policy) {
            return policy;
        }

        @Override
        public Verdict check(String tenantId, JsonNode body, Instant at, ObjectNode inForce) {
            return new Verdict.Adopted(body.toString(), at);
        }

        @Override
        public String message(String tenantId, List<Stored> versions) {
            return tenantId + ":" + versions.size();
        }
    }

    @Test
    void everyParameterOfEveryRouteTakesHostileValuesAsLiteralData() {
        List<Probe> probes = new ArrayList<>();
        List<HostileValues.Value> corpus = HostileValues.all();
        int parameters = 0;
        for (OpenApiOperations.Operation op : doc.all()) {
            Call ordinary = ordinaryCall(op);
            for (OpenApiOperations.Parameter p : op.parameters()) {
                Set<Integer> refusals = accessRefusals(ordinary.with(p.name(), "probe-2"));
                for (int i = 0; i < corpus.size(); i++) {
                    HostileValues.Value value = corpus.get(i);
                    // An empty path segment is another route's path (a collection's), not a value of this one.
                    boolean anotherRoute = p.inPath() && value.wire().isEmpty();
                    if (!anotherRoute && takes(p, value.kind(), i + parameters)) {
                        probes.add(new Probe(
                                ordinary.with(p.name(), value.wire()),
                                value.kind() == Kind.OVERSIZE ? union(refusals, URI_TOO_LONG) : refusals));
                    }
                }
                parameters++;
            }
        }
        assertTrue(parameters > 50, "the document declares parameters: " + parameters);
        assertEquals(
                api.server.routes().stream()
                        .map(route -> route.method() + " " + route.path())
                        .collect(Collectors.toSet()),
                doc.all().stream().map(OpenApiOperations.Operation::name).collect(Collectors.toSet()),
                "the walk covers every route the server has");

        assertEquals(List.of(), run(probes), "hostile parameter values");
        assertWarehouseIntact();
    }

    @Test
    void everyWriteRefusesBrokenMistypedAndHugeBodies() {
        List<Probe> probes = new ArrayList<>();
        List<OpenApiOperations.Operation> writes =
                doc.all().stream().filter(op -> op.body() != null).toList();
        assertTrue(writes.size() >= 5, "the document declares writes: " + writes);
        for (OpenApiOperations.Operation op : writes) {
            Call ordinary = ordinaryCall(op);
            for (Body body : brokenBodies()) {
                probes.add(new Probe(ordinary.with(body), Set.of()));
            }
            JsonNode properties = doc.properties(op.body());
            properties.fieldNames().forEachRemaining(field -> {
                for (String value : hostileFieldValues()) {
                    probes.add(new Probe(ordinary.with(withField(op.body(), field, value)), Set.of()));
                }
            });
        }

        assertEquals(List.of(), run(probes), "hostile bodies");
        assertWarehouseIntact();
    }

    /**
     * A percent sign that starts no escape cannot even be sent through {@link java.net.URI}, so this goes over a bare
     * socket, in a query value and in a path segment of each route.
     */
    @Test
    void malformedPercentEscapesAreRefusedWith400() throws IOException {
        List<String> failures = new ArrayList<>();
        for (OpenApiOperations.Operation op : doc.all()) {
            Call ordinary = ordinaryCall(op);
            for (OpenApiOperations.Parameter p : op.parameters()) {
                for (String malformed : List.of("%", "%zz", "abc%C", "100%25%")) {
                    Call call = ordinary.with(p.name(), malformed);
                    ApiClient.Response response = rawSend(call);
                    String problem = problem(response, accessRefusals(ordinary.with(p.name(), "probe-2")));
                    if (problem != null) {
                        failures.add(call + ": " + problem);
                    }
                }
            }
        }

        assertEquals(List.of(), shortened(failures), "malformed percent-escapes");
        assertWarehouseIntact();
    }

    private static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
        Set<Integer> both = new HashSet<>(a);
        both.addAll(b);
        return Set.copyOf(both);
    }

    /** Whether parameter number {@code index} of the walk gets a value of this kind (its position decides a sample). */
    private static boolean takes(OpenApiOperations.Parameter p, Kind kind, int index) {
        return ALWAYS.contains(kind)
                || (kind == Kind.NUMBER && p.isInteger())
                || (kind == Kind.DATE && p.isDate())
                || index % SAMPLE == 0;
    }

    /**
     * The operation with ordinary values: every path parameter, every query parameter that is required or has a
     * typed ordinary value (a choice, a date, a number; a free text an ordinary caller leaves out), the ordinary
     * body, and the token it answers: none for an open route, a group's where a tenant's is refused.
     */
    private static Call ordinaryCall(OpenApiOperations.Operation op) {
        Map<String, String> wire = new LinkedHashMap<>();
        for (OpenApiOperations.Parameter p : op.parameters()) {
            String value = known.getOrDefault(p.name(), doc.ordinary(p));
            if (p.inPath()
                    || p.required()
                    || known.containsKey(p.name())
                    || !OpenApiOperations.ORDINARY_ID.equals(value)) {
                wire.put(p.name(), HostileValues.encode(value));
            }
        }
        Body body = op.body() == null
                ? null
                : Body.of("an ordinary body", doc.ordinaryJson(op.body()).toString());
        Call asTenant = new Call(op, op.open() ? null : api.token, wire, body);
        if (!op.open() && asTenant.send().status() == 403) {
            return new Call(op, groupToken, wire, body);
        }
        return asTenant;
    }

    /** The access refusal an ordinary unknown value gets, which a hostile one may get too; else none. */
    private static Set<Integer> accessRefusals(Call control) {
        int status = control.send().status();
        return ACCESS_REFUSALS.contains(status) ? Set.of(status) : Set.of();
    }

    /** Sends the probes from a few threads at once; returns what went wrong (the first 40 of it). */
    private static List<String> run(List<Probe> probes) {
        List<Future<String>> answers = new ArrayList<>();
        try (ExecutorService workers = Executors.newFixedThreadPool(WORKERS)) {
            for (Probe probe : probes) {
                answers.add(workers.submit(() -> {
                    String problem = problem(probe.call().send(), probe.alsoAllowed());
                    return problem == null ? null : probe.call() + ": " + problem;
                }));
            }
        }
        List<String> failures = new ArrayList<>();
        for (Future<String> answer : answers) {
            try {
                String failure = answer.get();
                if (failure != null) {
                    failures.add(failure);
                }
            } catch (ExecutionException e) {
                failures.add(causes(e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        return shortened(failures);
    }

    /** A failure to get any answer, with what caused it, each message cut short. */
    private static String causes(Throwable failure) {
        StringJoiner causes = new StringJoiner(", caused by ");
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            causes.add(t.getClass().getSimpleName() + ": "
                    + (message.length() > 200 ? message.substring(0, 200) + "..." : message));
        }
        return causes.toString();
    }

    /** The first 40 failures, and how many more there are: enough to see a pattern without drowning in it. */
    private static List<String> shortened(List<String> failures) {
        if (failures.size() <= 40) {
            return failures;
        }
        List<String> shown = new ArrayList<>(failures.subList(0, 40));
        shown.add("... and " + (failures.size() - 40) + " more");
        return shown;
    }

    /** What is wrong with an answer to a hostile request, or null when nothing is. */
    private static String problem(ApiClient.Response response, Set<Integer> alsoAllowed) {
        int status = response.status();
        String body = response.body();
        String shown = status + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        if (status / 100 != 2 && !ANSWERS.contains(status) && !alsoAllowed.contains(status)) {
            return "answered " + shown;
        }
        for (String leak : LEAKS) {
            if (body.contains(leak)) {
                return "shows '" + leak.replace("\t", "\\t") + "' in " + shown;
            }
        }
        if (status >= 400) {
            JsonNode error;
            try {
                error = ApiClient.MAPPER.readTree(body).path("error");
            } catch (IOException e) {
                return "an error that is no JSON: " + shown;
            }
            if (error.path("message").asText().isBlank()) {
                return "an error without a message: " + shown;
            }
        }
        return null;
    }

    /** Whole bodies that are no valid request of any write. */
    private static List<Body> brokenBodies() {
        List<Body> bodies = new ArrayList<>();
        for (String text : List.of(
                "",
                " ",
                "{",
                "{\"action\":",
                "}{",
                "null",
                "42",
                "\"text\"",
                "[]",
                "{}",
                "[{}]",
                "{\"a\":1}{\"b\":2}",
                "{'action':'confirm'}",
                "{\"action\":\"confirm\",}",
                "<xml/>",
                "{\"__proto__\":{\"admin\":true}}",
                "{\"$where\":\"1 == 1\"}",
                "[".repeat(100_000),
                "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000))) {
            bodies.add(Body.of("'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'", text));
        }
        bodies.add(
                new Body("bytes that are no UTF-8", new byte[] {'{', '"', (byte) 0xff, (byte) 0xfe, '"', '}'}, false));
        bodies.add(new Body("a NUL byte", new byte[] {'{', 0, '}'}, false));
        byte[] huge = ("[\"" + "x".repeat((int) MAX_BODY) + "\"]").getBytes(StandardCharsets.UTF_8);
        bodies.add(new Body("over the server's limit", huge, false));
        bodies.add(new Body("over the server's limit", huge, true));
        byte[] large = ("{\"text\":\"" + "x".repeat(100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        bodies.add(new Body("100 kB under the server's limit", large, false));
        bodies.add(new Body("100 kB under the server's limit", large, true));
        return bodies;
    }

    /** JSON values, as text, to put in one field of an ordinary body: the wrong type, or hostile text. */
    private static List<String> hostileFieldValues() {
        List<String> values = new ArrayList<>(List.of(
                "12345",
                "-1",
                "1e309",
                "99999999999999999999999",
                "true",
                "null",
                "[]",
                "{}",
                "[1,[2,[3]]]",
                "{\"$ne\":null}",
                "[\"" + "x".repeat(HostileValues.OVERSIZE_CHARS) + "\"]"));
        for (HostileValues.Value value : HostileValues.all()) {
            if (value.kind() != Kind.NUMBER && value.kind() != Kind.ENCODING) {
                String text = URLDecoder.decode(value.wire(), StandardCharsets.UTF_8);
                values.add(ApiClient.MAPPER.valueToTree(text).toString());
            }
        }
        return values;
    }

    /** The ordinary body with one field (of each element, for a list) replaced by raw JSON. */
    private static Body withField(JsonNode schema, String field, String json) {
        JsonNode body = doc.ordinaryJson(schema);
        if (body instanceof ArrayNode array) {
            array.forEach(element -> ((ObjectNode) element).putRawValue(field, new RawValue(json)));
        } else {
            ((ObjectNode) body).putRawValue(field, new RawValue(json));
        }
        String label = field + "=" + (json.length() > 40 ? json.substring(0, 40) + "..." : json);
        return Body.of(label, body.toString());
    }

    /** A request written by hand, so that its target can hold what no URI may; the whole answer. */
    private static ApiClient.Response rawSend(Call call) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", api.server.port())) {
            socket.setSoTimeout(10_000);
            byte[] body = call.body() == null ? new byte[0] : call.body().bytes();
            StringBuilder head = new StringBuilder(call.op().method() + " " + call.target() + " HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1\r\nConnection: close\r\n")
                    .append("Content-Length: ")
                    .append(body.length)
                    .append("\r\n");
            if (call.token() != null) {
                head.append("Authorization: Bearer ").append(call.token()).append("\r\n");
            }
            if (call.body() != null) {
                head.append("Content-Type: application/json\r\n");
            }
            if (call.op().eventStream()) {
                head.append("Accept: ").append(EventStreamWriter.CONTENT_TYPE).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return RawResponse.read(socket.getInputStream());
        }
    }

    /** Every table of the warehouse and its rows: none may be gone or have lost rows after the corpus. */
    private static void assertWarehouseIntact() {
        Map<String, Long> after = rows();
        assertEquals(rowsBefore.keySet(), after.keySet(), "the warehouse's tables");
        rowsBefore.forEach((table, before) ->
                assertTrue(after.get(table) >= before, table + " had " + before + " rows, now " + after.get(table)));
        for (String seeded : List.of("ticket_events", "ticket_facts", "failure_patterns", "alerts")) {
            assertTrue(after.get(seeded) > 0, seeded + " still holds the seeded rows");
        }
    }

    private static Map<String, Long> rows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Map<String, Object> table : api.warehouse.query("SELECT name FROM system.tables"
                + " WHERE database = currentDatabase() AND engine NOT LIKE '%View' ORDER BY name")) {
            String name = (String) table.get("name");
            rows.put(name, (Long) api.warehouse
                    .query("SELECT count() AS n FROM `" + name + "`")
                    .getFirst()
                    .get("n"));
        }
        return rows;
    }

    private static Map<String, String> knownValues() {
        Map<String, String> values = new LinkedHashMap<>(Map.of(
                "ticket_id", TICKET,
                "device_sn", DEVICE,
                "pattern_id", PATTERN,
                "group_id", GROUP));
        // The signed download route: the parts of a link this server signed.
        String link = api.links
                .indicatorsCsv("", TENANT, LocalDate.parse(DAY), LocalDate.parse(DAY))
                .url();
        for (String pair : link.substring(link.indexOf('?') + 1).split("&")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void seed() {
        String at = DAY + " 03:00:00.000";
        api.insert(
                TicketEvents.TABLE,
                List.of(TestRows.event(
                        TENANT,
                        "EV-HOSTILE-1",
                        "TICKET_CLOSED",
                        TICKET,
                        DEVICE,
                        at,
                        Topics.TICKET_EVENTS,
                        TestEvents.closed("EV-HOSTILE-1", TENANT, TICKET, DAY + "T03:00:00Z"))));
        api.insert(TicketFacts.TABLE, List.of(TestRows.knownTicket(TENANT, TICKET, DAY)));
        api.insert(
                FailurePatterns.TABLE,
                List.of(TestRows.pattern(TENANT, PATTERN, "active", DAY, 1, List.of("fault:F-1"))));
        api.insert(
                FailureCases.TABLE,
                List.of(TestRows.failureCase(TENANT, "C-HOSTILE-1", TICKET, DAY, DEVICE, "F-1", 1)));
        api.insert(Alerts.TABLE, List.of(TestRows.alert(TENANT, "AL-HOSTILE-1", "CIRCUIT_OPEN", DAY)));
        api.insert(
                HealthIndicators.TABLE,
                List.of(TestRows.indicator(TENANT, DAY, Regions.ALL, "FIRST_RESPONSE_RATE", 1, 2)));
        api.insert(HeatmapCells.TABLE, List.of(TestRows.heatmapCell(TENANT, DAY, "region", "华东", "F-1", 1, 1, 1)));
    }
}
