package io.ticketradar.pipelines.enrichment;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FieldMappingTest {

    private static final String ANSWER = """
            {"tier":"gold","owner":{"name":"王经理","id":7},"contacts":[{"phone":"138"},{"phone":"139"}],
             "vip":true,"score":4.5,"gone":null,"tags":["a","b"]}""";

    @Test
    void eachTargetGetsTheValueAtItsPathAndAbsentPathsAreLeftOut() throws Exception {
        FieldMapping m =
                FieldMapping.parse(" customer_tier = $.tier , account_manager=$.owner.name,second=$.contacts[1].phone,"
                        + "vip=$.vip,score=$.score,owner_id=$.owner.id,gone=$.gone,nothing=$.no.such[3],tags=$.tags");
        Map<String, String> fields = m.apply(new ObjectMapper().readTree(ANSWER));
        assertEquals(
                Map.of(
                        "customer_tier", "gold",
                        "account_manager", "王经理",
                        "second", "139",
                        "vip", "true",
                        "score", "4.5",
                        "owner_id", "7",
                        "tags", "[\"a\",\"b\"]"),
                fields);
        assertEquals(
                List.of("customer_tier", "account_manager", "second", "vip", "score", "owner_id", "tags"),
                List.copyOf(fields.keySet()),
                "mapping order");
    }

    @Test
    void aTopLevelArrayIsReadByIndex() throws Exception {
        FieldMapping m = FieldMapping.parse("line=$[0].line");
        assertEquals(Map.of("line", "L3"), m.apply(new ObjectMapper().readTree("[{\"line\":\"L3\"}]")));
    }

    @Test
    void badMappingsAreRefusedNamingThePair() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FieldMapping.parse("tier"))
                .getMessage()
                .contains("'tier'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FieldMapping.parse("Tier=$.tier"))
                .getMessage()
                .contains("'Tier'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FieldMapping.parse("tier=tier"))
                .getMessage()
                .contains("starts with $"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FieldMapping.parse("tier=$.a[*]"))
                .getMessage()
                .contains("$.a[*]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FieldMapping.parse("t=$.a,t=$.b"))
                .getMessage()
                .contains("twice"));
        assertThrows(IllegalArgumentException.class, () -> FieldMapping.parse(" , "));
        assertThrows(IllegalArgumentException.class, () -> FieldMapping.parse("t=$"));
    }
}
