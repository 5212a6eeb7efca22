package io.ticketradar.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

/**
 * What a field's value must be: a JSON type plus the domain its value must lie in. A value of another
 * JSON type is {@link RejectionReason#WRONG_TYPE}; one outside the domain is WRONG_TYPE too, except a
 * timestamp, whose failures are {@link RejectionReason#BAD_TIMESTAMP}.
 */
public enum ValueKind {
    /** An identifier or code: blank, huge or with control characters it would make joins and keys silently wrong. */
    ID(
            JsonType.STRING,
            "a non-empty string of at most " + Ids.MAX_LENGTH + " characters without control characters",
            v -> Ids.fits(v.textValue())),
    /** Free text, may be empty. */
    TEXT(JsonType.STRING, "a string", v -> true),
    FLAG(JsonType.BOOLEAN, "true or false", v -> true),
    COUNT(JsonType.INTEGER, "a non-negative integer", v -> v.intValue() >= 0),
    SCHEMA_VERSION(JsonType.INTEGER, "an integer >= 1", v -> v.intValue() >= 1),
    /** Finite: a literal such as 1e400 parses to infinity, which no consumer can use. */
    NUMBER(JsonType.NUMBER, "a finite number", v -> Double.isFinite(v.doubleValue())),
    /** Symptom codes, part numbers, photo labels. */
    CODES(
            JsonType.ARRAY,
            "an array of non-empty strings",
            v -> StreamSupport.stream(v.spliterator(), false)
                    .allMatch(e -> e.isTextual() && !e.textValue().isBlank())),
    /** A calendar day, ISO-8601: production dates of master data. */
    DATE(JsonType.STRING, "an ISO-8601 date, e.g. 2024-09-30", v -> Timestamps.parseDate(v.textValue()) != null),
    TIMESTAMP(
            JsonType.STRING,
            "an ISO-8601 date-time with offset, e.g. 2026-01-05T09:00:00+08:00",
            v -> Timestamps.parse(v.textValue()) != null,
            RejectionReason.BAD_TIMESTAMP),
    STAGE(Stage.values()),
    PRIORITY(Priority.values()),
    TECHNICAL_DOMAIN(TechnicalDomain.values()),
    CHANNEL(Channel.values()),
    REPAIR_OUTCOME(RepairOutcome.values()),
    CATALOGUE_KIND(CatalogueKind.values());

    private final JsonType jsonType;
    private final String expected;
    private final Predicate<JsonNode> inDomain;
    private final RejectionReason outOfDomain;
    private final List<String> allowedValues;

    ValueKind(JsonType jsonType, String expected, Predicate<JsonNode> inDomain) {
        this(jsonType, expected, inDomain, RejectionReason.WRONG_TYPE);
    }

    ValueKind(JsonType jsonType, String expected, Predicate<JsonNode> inDomain, RejectionReason outOfDomain) {
        this.jsonType = jsonType;
        this.expected = expected;
        this.inDomain = inDomain;
        this.outOfDomain = outOfDomain;
        this.allowedValues = List.of();
    }

    /** A string from a closed set, matched exactly (case included): consumers compare the raw JSON too. */
    ValueKind(WireValue[] values) {
        this.jsonType = JsonType.STRING;
        this.allowedValues = Arrays.stream(values).map(WireValue::wire).toList();
        this.expected = "one of " + String.join(", ", allowedValues);
        this.inDomain = v -> allowedValues.contains(v.textValue());
        this.outOfDomain = RejectionReason.WRONG_TYPE;
    }

    public JsonType jsonType() {
        return jsonType;
    }

    /** What a valid value looks like, in words, for rejection details and documentation. */
    public String expected() {
        return expected;
    }

    /** The closed set of wire values for enum-like kinds; empty otherwise. */
    public List<String> allowedValues() {
        return allowedValues;
    }

    /** Why a non-null value does not fit, or null when it fits. */
    RejectionReason problem(JsonNode value) {
        if (!jsonType.matches(value)) {
            return RejectionReason.WRONG_TYPE;
        }
        return inDomain.test(value) ? null : outOfDomain;
    }
}
