package io.ticketradar.datasets.truth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The mapper of the truth files: snake_case, indented, keys in a stable order, nulls left out. */
final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private Json() {}

    static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** What every entry of the patterns and decoys starts with. */
    static ObjectNode head(String id, String kind, String nameZh, String nameEn) {
        return JsonNodeFactory.instance
                .objectNode()
                .put("id", id)
                .put("kind", kind)
                .put("name_zh", nameZh)
                .put("name_en", nameEn);
    }
}
