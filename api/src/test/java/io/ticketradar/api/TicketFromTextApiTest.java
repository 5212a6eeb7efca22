package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.events.Topics;
import io.ticketradar.warehouse.tables.TicketEvents;
import io.ticketradar.warehouse.tables.TicketFacts;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.ticketradar.api.TestApi.OTHER_TENANT;
import static io.ticketradar.api.TestApi.TENANT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /api/v1/tickets/from-text} over real HTTP, with the tenant's symptom catalogue and device records in the
 * embedded warehouse and a real Kafka broker to create tickets on.
 */
class TicketFromTextApiTest {

    private static final String PATH = "/api/v1/tickets/from-text";
    private static final String SN = "A7K2-2409-0031";

    @TempDir
    static Path kafkaDir;

    private static TestKafka kafka;
    private static TestApi api;

    @BeforeAll
    static void start() {
        kafka = TestKafka.start(
                kafkaDir, Map.of(Topics.TICKET_EVENTS, 1, Topics.REPAIR_EVENTS, 1, Topics.DEAD_LETTERS, 1));
        api = TestApi.builder().publisher(kafka.publisher).start();
        api.insert(
                TicketEvents.TABLE,
                List.of(
                        symptom(TENANT, "screen_frozen", "屏幕卡死", "screen frozen"),
                        symptom(TENANT, "reboot_loop", "反复重启", "reboot loop"),
                        symptom(OTHER_TENANT, "plc_crash", "PLC死机", "PLC crash"),
                        registered(TENANT, SN, "HMI-10", "C-88", "S-12"),
                        registered(OTHER_TENANT, "B24C00012345", "OBC-6.6", "C-1", "S-1")));
        api.insert(
                TicketFacts.TABLE,
                List.of(TestApi.row(
                        TicketFacts.TENANT_ID, TENANT,
                        TicketFacts.TICKET_ID, "T-OLD",
                        TicketFacts.CREATED_AT, "2026-01-05 01:00:00.000",
                        TicketFacts.COHORT_DAY, "2026-01-05",
                        TicketFacts.REGION, "华东",
                        TicketFacts.SITE_ID, "S-12",
                        TicketFacts.DEVICE_SN, "OTHER-SN",
                        TicketFacts.VERSION, 1)));
    }

    @AfterAll
    static void stop() throws Exception {
        if (kafka != null) {
            kafka.closeAfter(api);
        }
    }

    @Test
    void aChineseMessageIsPrefilledFromTheTextAndTheDevicesRecords() {
        JsonNode answer = prefill("客户王经理说屏幕卡死，还反复重启，PLC也死机了，电话 +86 138 1234 5678，设备SN " + SN);

        JsonNode event = answer.path("event");
        assertAll(
                () -> assertFalse(answer.path("created").asBoolean()),
                () -> assertEquals("TICKET_CREATED", event.path("event_type").asText()),
                () -> assertEquals(TENANT, event.path("tenant_id").asText()),
                () -> assertEquals("13812345678", event.path("customer_phone").asText()),
                () -> assertEquals("王经理", event.path("customer_name").asText()),
                () -> assertEquals(SN, event.path("device_sn").asText()),
                () -> assertEquals(List.of("screen_frozen", "reboot_loop"), texts(event.path("symptoms"))),
                () -> assertEquals("HMI-10", event.path("product_model").asText(), "from the registration"),
                () -> assertEquals("C-88", event.path("customer_id").asText()),
                () -> assertEquals("S-12", event.path("site_id").asText()),
                () -> assertEquals("华东", event.path("region").asText(), "from the newest ticket of the device's site"),
                () -> assertEquals("P3", event.path("priority").asText()),
                () -> assertEquals("wecom", event.path("channel").asText()),
                () -> assertEquals(
                        List.of("customer_id", "product_model", "site_id", "region"), texts(answer.path("looked_up"))),
                () -> assertEquals(List.of("priority", "channel"), texts(answer.path("defaulted"))),
                () -> assertEquals(List.of(), texts(answer.path("missing"))),
                () -> assertEquals(List.of("PLC也死机"), texts(answer.path("unrecognised"))),
                () -> assertEquals(
                        event.path("event_id").asText(), answer.path("event_id").asText()));
    }

    @Test
    void anEnglishMessageWithAnUnknownDeviceSaysWhatIsMissing() {
        JsonNode answer = post("{\"text\":\"Mr. Li: screen frozen, call 139 0000 1111, SN ZZ99-0000-0001\","
                        + "\"channel\":\"phone\",\"priority\":\"P1\"}")
                .json();

        assertAll(
                () -> assertEquals("phone", answer.path("event").path("channel").asText()),
                () -> assertEquals("P1", answer.path("event").path("priority").asText()),
                () -> assertEquals(
                        "Mr. Li",
                        answer.path("recognised").path("customer_name").asText()),
                () -> assertEquals(List.of(), texts(answer.path("looked_up"))),
                () -> assertEquals(
                        List.of("customer_id", "product_model", "site_id", "region"), texts(answer.path("missing"))));
    }

    @Test
    void onlyTheTenantsOwnCatalogueAndDevicesAreUsed() {
        JsonNode answer = prefill("PLC死机，SN B24C00012345");

        assertEquals(List.of(), texts(answer.path("event").path("symptoms")), "another tenant's catalogue word");
        assertEquals(
                List.of("customer_id", "customer_phone", "product_model", "site_id", "region"),
                texts(answer.path("missing")),
                "another tenant's device, and no phone said");
    }

    @Test
    void createPublishesTheEventOnTheTicketTopic() {
        ApiClient.Response response =
                post(PATH + "?create=true", "text/plain; charset=utf-8", "客户王经理说屏幕卡死，电话13812345678，设备SN " + SN);

        assertEquals(201, response.status(), response.body());
        JsonNode answer = response.json();
        assertTrue(answer.path("created").asBoolean());
        String ticket = answer.path("ticket_id").asText();
        List<ConsumerRecord<String, String>> records = TopicRecords.readUntil(
                kafka.bootstrapServers(),
                Topics.TICKET_EVENTS,
                all -> all.stream().anyMatch(r -> ticket.equals(r.key())));
        ConsumerRecord<String, String> record = records.stream()
                .filter(r -> ticket.equals(r.key()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the ticket never reached " + Topics.TICKET_EVENTS));
        JsonNode published = TestApi.json(record.value());
        assertEquals(
                answer.path("event_id").asText(), published.path("event_id").asText());
        assertEquals("王经理", published.path("customer_name").asText(), "extra fields travel along");
        assertEquals(List.of("screen_frozen"), texts(published.path("symptoms")));
    }

    @Test
    void createIsRefusedWhileRequiredFieldsAreMissingAndNothingIsPublished() {
        ApiClient.Response response = post(PATH + "?create=true", "application/json", "{\"text\":\"屏幕卡死\"}");

        TestApi.assertError(response, 400, "bad_body", "customer_id");
        assertTrue(response.body().contains("nothing was published"), response.body());
    }

    @Test
    void malformedInputIsA4xxWithAMessage() {
        TestApi.assertError(post("{\"text\":\"   \"}"), 400, "bad_body", "text");
        TestApi.assertError(post("{\"message\":\"屏幕卡死\"}"), 400, "bad_body", "text");
        TestApi.assertError(post("not json"), 400, "bad_body", null);
        TestApi.assertError(post("{\"text\":\"你好，在吗？\"}"), 400, "bad_body", "text");
        TestApi.assertError(post("{\"text\":\"屏幕卡死\",\"channel\":\"fax\"}"), 400, "bad_body", "channel");
        TestApi.assertError(post("{\"text\":\"" + "屏幕卡死".repeat(1001) + "\"}"), 413, "payload_too_large", null);
        TestApi.assertError(
                post(PATH + "?create=maybe", "application/json", "{\"text\":\"屏幕卡死\"}"),
                400,
                "bad_parameter",
                "create");
        TestApi.assertError(
                api.client.post(PATH, api.displayToken, "application/json", "{\"text\":\"屏幕卡死\"}"),
                403,
                "forbidden",
                null);
    }

    private static JsonNode prefill(String text) {
        ApiClient.Response response =
                post(ApiClient.MAPPER.createObjectNode().put("text", text).toString());
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    private static ApiClient.Response post(String json) {
        return post(PATH, "application/json", json);
    }

    private static ApiClient.Response post(String path, String contentType, String body) {
        return api.post(path, contentType, body);
    }

    private static List<String> texts(JsonNode array) {
        return TestApi.texts(array, null);
    }

    private static Map<String, Object> symptom(String tenant, String code, String zh, String en) {
        String id = "code-" + tenant + "-symptom-" + code;
        String payload = """
                {"event_id":"%s","event_type":"CODE_DEFINED","tenant_id":"%s","ts":"2026-01-01T00:00:00Z",\
                "schema_version":1,"kind":"symptom","code":"%s","zh":"%s","en":"%s"}""".formatted(id, tenant, code, zh, en);
        return TestRows.event(
                tenant, id, "CODE_DEFINED", "", "", "2026-01-01 00:00:00.000", Topics.MASTER_DATA, payload);
    }

    private static Map<String, Object> registered(
            String tenant, String sn, String model, String customer, String site) {
        String id = "dev-" + sn + "-1";
        String payload = """
                {"event_id":"%s","event_type":"DEVICE_REGISTERED","tenant_id":"%s","ts":"2026-01-01T00:00:00Z",\
                "schema_version":1,"device_sn":"%s","product_model":"%s","customer_id":"%s","site_id":"%s"}""".formatted(id, tenant, sn, model, customer, site);
        return TestRows.event(
                tenant, id, "DEVICE_REGISTERED", "", sn, "2026-01-01 00:00:00.000", Topics.MASTER_DATA, payload);
    }
}
