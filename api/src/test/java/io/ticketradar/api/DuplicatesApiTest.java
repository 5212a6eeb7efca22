package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.events.Decoded;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.EventType;
import io.ticketradar.events.Topics;
import io.ticketradar.warehouse.tables.MergeSuggestions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.ticketradar.api.TestApi.OTHER_TENANT;
import static io.ticketradar.api.TestApi.TENANT;
import static io.ticketradar.api.TestApi.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The duplicates routes over real HTTP: rows put into {@code merge_suggestions} the way the duplicates job writes
 * them, people's decisions through PATCH into {@code merge_decisions}, and accepted merges onto a real Kafka topic as
 * TICKET_MERGED.
 */
class DuplicatesApiTest {

    @TempDir
    static Path kafkaDir;

    private static TestKafka kafka;
    private static TestApi api;

    @BeforeAll
    static void start() {
        kafka = TestKafka.start(kafkaDir, Map.of(Topics.TICKET_EVENTS, 2));
        api = TestApi.builder().publisher(kafka.publisher).start();
        api.insert(
                MergeSuggestions.TABLE,
                List.of(
                        suggestion(TENANT, "T-2", "T-1", "suggested", "2026-01-05 03:00:00.000", 1),
                        suggestion(TENANT, "T-3", "T-1", "suggested", "2026-01-05 05:00:00.000", 1),
                        suggestion(TENANT, "T-6", "T-1", "suggested", "2026-01-05 04:00:00.000", 1),
                        suggestion(TENANT, "T-4", "T-1", "suggested", "2026-01-05 06:00:00.000", 1),
                        suggestion(TENANT, "T-5", "T-1", "suggested", "2026-01-05 07:00:00.000", 1),
                        suggestion(TENANT, "T-9", "T-8", "merged", "2026-01-04 07:00:00.000", 1),
                        suggestion(OTHER_TENANT, "F-2", "F-1", "suggested", "2026-01-05 08:00:00.000", 1)));
    }

    @AfterAll
    static void stop() throws Exception {
        if (kafka != null) {
            kafka.closeAfter(api);
        }
    }

    @Test
    void theListShowsTheEvidenceAndIsoDates_newestFirst_byStatus_aPageAtATime_ofTheCallersTenantOnly() {
        JsonNode t3 = find(api.ok("/api/v1/duplicates?status=suggested"), "T-3");
        assertEquals(TestApi.json("""
                {"id":"T-3","ticket_id":"T-3","into_ticket_id":"T-1","matched_ticket_id":"T-1","status":"suggested",
                 "evidence":{"matched_keys":["customer_phone","device_sn"],"shared_symptoms":["no_start"],
                             "shared_fault_code":null,"hours_apart":10.5},
                 "ticket_created_at":"2026-01-05T01:00:00Z","into_created_at":"2026-01-04T14:30:00Z",
                 "suggested_at":"2026-01-05T05:00:00Z","decision":null}"""), t3);

        JsonNode page = api.ok("/api/v1/duplicates?limit=2&offset=1");
        assertEquals(6, page.path("total").asInt(), "the other tenant's is not counted");
        assertEquals(2, page.path("limit").asInt());
        assertEquals(1, page.path("offset").asInt());
        assertEquals(2, page.path("duplicates").size());
        assertEquals(List.of("T-5", "T-4", "T-3", "T-6", "T-2", "T-9"), ids(api.ok("/api/v1/duplicates")));
        assertEquals(List.of("T-9"), ids(api.ok("/api/v1/duplicates?status=merged")));
        assertEquals(
                List.of("F-2"),
                ids(api.get("/api/v1/duplicates", api.otherToken).json()));
        api.assertBadRequest("/api/v1/duplicates?status=open", "status");
    }

    @Test
    void acceptingPublishesTicketMergedAndRecordsTheDecision_onlyOnce() {
        ApiClient.Response accepted = api.client.patch(
                "/api/v1/duplicates/T-2",
                api.token,
                "{\"action\":\"accept\",\"by\":\"li.na\",\"reason\":\"same car\"}");

        assertEquals(200, accepted.status(), accepted.body());
        JsonNode duplicate = accepted.json();
        assertEquals("accepted", duplicate.path("status").asText());
        assertEquals("li.na", duplicate.path("decision").path("by").asText());
        assertEquals("same car", duplicate.path("decision").path("reason").asText());
        assertTrue(duplicate.path("decision").path("at").asText().endsWith("Z"));
        assertEquals(List.of("T-2"), ids(api.ok("/api/v1/duplicates?status=accepted")));

        List<ConsumerRecord<String, String>> records = TopicRecords.readUntil(
                kafka.bootstrapServers(),
                Topics.TICKET_EVENTS,
                r -> !merges(r, "T-2").isEmpty());
        List<EventBody.TicketMerged> merges = merges(records, "T-2");
        assertEquals(List.of(new EventBody.TicketMerged("T-1")), merges);

        ApiClient.Response again = api.client.patch("/api/v1/duplicates/T-2", api.token, "{\"action\":\"reject\"}");
        TestApi.assertError(again, 409, "conflict", null);
        assertTrue(again.json().path("error").path("message").asText().contains("li.na"), again.body());
    }

    @Test
    void rejectingRecordsTheDecisionAndPublishesNothing() {
        ApiClient.Response rejected = api.client.patch("/api/v1/duplicates/T-4", api.token, "{\"action\":\"reject\"}");

        assertEquals(200, rejected.status(), rejected.body());
        assertEquals("rejected", rejected.json().path("status").asText());
        assertEquals("api", rejected.json().path("decision").path("by").asText());
        assertTrue(rejected.json().path("decision").path("reason").isNull());
        TestApi.assertError(
                api.client.patch("/api/v1/duplicates/T-4", api.token, "{\"action\":\"accept\"}"),
                409,
                "conflict",
                null);
        // A merge accepted after the rejection is on the topic; the rejected one is not.
        assertEquals(
                200,
                api.client
                        .patch("/api/v1/duplicates/T-6", api.token, "{\"action\":\"accept\"}")
                        .status());
        List<ConsumerRecord<String, String>> records = TopicRecords.readUntil(
                kafka.bootstrapServers(),
                Topics.TICKET_EVENTS,
                r -> !merges(r, "T-6").isEmpty());
        assertEquals(1, merges(records, "T-6").size());
        assertEquals(List.of(), merges(records, "T-4"));
    }

    @Test
    void aNewerSuggestionIntoAnotherTicketIsUndecidedAgain() {
        assertEquals(
                200,
                api.client
                        .patch("/api/v1/duplicates/T-5", api.token, "{\"action\":\"reject\"}")
                        .status());
        api.insert(
                MergeSuggestions.TABLE,
                List.of(suggestion(TENANT, "T-5", "T-0", "suggested", "2026-01-05 09:00:00.000", 2)));

        JsonNode t5 = find(api.ok("/api/v1/duplicates"), "T-5");
        assertEquals("suggested", t5.path("status").asText());
        assertEquals("T-0", t5.path("into_ticket_id").asText());
        assertTrue(t5.path("decision").isNull());
    }

    @Test
    void mistakesAre4xxWithAMessage() {
        TestApi.assertError(
                api.client.patch("/api/v1/duplicates/T-9", api.token, "{\"action\":\"accept\"}"),
                409,
                "conflict",
                null);
        ApiClient.Response foreign = api.client.patch("/api/v1/duplicates/F-2", api.token, "{\"action\":\"accept\"}");
        ApiClient.Response missing = api.client.patch("/api/v1/duplicates/NONE", api.token, "{\"action\":\"accept\"}");
        TestApi.assertError(foreign, 404, "not_found", null);
        assertEquals(missing.body().replace("NONE", "?"), foreign.body().replace("F-2", "?"));
        TestApi.assertError(
                api.client.patch("/api/v1/duplicates/T-3", api.token, "{\"action\":\"merge\"}"),
                400,
                "bad_body",
                "action");
        TestApi.assertError(
                api.client.patch("/api/v1/duplicates/T-3", api.token, "{\"action\":\"accept\",\"into\":\"T-0\"}"),
                400,
                "bad_body",
                "into");
        TestApi.assertError(api.client.patch("/api/v1/duplicates/T-3", api.token, "[1]"), 400, "bad_body", null);
        TestApi.assertError(
                api.client.patch("/api/v1/duplicates/T-3", api.displayToken, "{\"action\":\"accept\"}"),
                403,
                "forbidden",
                null);
        assertEquals(
                "suggested",
                find(api.ok("/api/v1/duplicates"), "T-3").path("status").asText(),
                "nothing changed");
    }

    private static Map<String, Object> suggestion(
            String tenant, String ticket, String into, String status, String suggestedAt, long version) {
        return row(
                MergeSuggestions.TENANT_ID, tenant,
                MergeSuggestions.TICKET_ID, ticket,
                MergeSuggestions.INTO_TICKET_ID, into,
                MergeSuggestions.MATCHED_TICKET_ID, into,
                MergeSuggestions.STATUS, status,
                MergeSuggestions.MATCHED_KEYS, List.of("customer_phone", "device_sn"),
                MergeSuggestions.SHARED_SYMPTOMS, List.of("no_start"),
                MergeSuggestions.SHARED_FAULT_CODE, "",
                MergeSuggestions.HOURS_APART, 10.5,
                MergeSuggestions.TICKET_CREATED_AT, "2026-01-05 01:00:00.000",
                MergeSuggestions.INTO_CREATED_AT, "2026-01-04 14:30:00.000",
                MergeSuggestions.DECIDED_AT, suggestedAt,
                MergeSuggestions.VERSION, version);
    }

    private static List<EventBody.TicketMerged> merges(List<ConsumerRecord<String, String>> records, String ticket) {
        EventCodec codec = new EventCodec();
        List<EventBody.TicketMerged> merges = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            if (codec.decode(record.value()) instanceof Decoded.Valid valid
                    && valid.event().type() == EventType.TICKET_MERGED
                    && valid.event().ticketId().equals(ticket)
                    && valid.event().tenantId().equals(TENANT)
                    && record.key().equals(ticket)) {
                merges.add((EventBody.TicketMerged) codec.body(valid.event()));
            }
        }
        return merges;
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode d : list.path("duplicates")) {
            if (d.path("id").asText().equals(id)) {
                return d;
            }
        }
        throw new AssertionError(id + " not in " + list);
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.path("duplicates").forEach(d -> ids.add(d.path("id").asText()));
        return ids;
    }
}
