package io.ticketradar.datasets.importer.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.datasets.Yaml;
import io.ticketradar.events.Stage;

import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A mapping file (YAML or JSON, see samples/README.md): which column holds which field, how file
 * values translate, how dates are written and in which zone, and for event logs what states and
 * assignment groups mean. Checked as a whole when loaded, so a typo fails before the first row.
 */
public final class ImportMapping {
    /** Tried in order when a mapping lists none: what Chinese Excel users type, and ISO without an offset. */
    public static final List<String> DEFAULT_DATE_FORMATS = List.of(
            "yyyy/M/d H:mm[:ss]",
            "yyyy-M-d H:mm[:ss]",
            "yyyy-M-d'T'H:mm[:ss]",
            "yyyy.M.d H:mm[:ss]",
            "yyyy年M月d日 H时[m分][s秒]",
            "yyyy年M月d日 H:mm[:ss]",
            "yyyy/M/d",
            "yyyy-M-d",
            "yyyy年M月d日");

    private static final String DEFAULT_ZONE = "Asia/Shanghai";
    private static final String DEFAULT_LIST_SEPARATORS = ",，、;；/|";

    private final String source;
    private final Shape shape;
    private final String sheet;
    private final int headerRow;
    private final Charset encoding;
    private final char delimiter;
    private final ZoneId zone;
    private final DateTimes dates;
    private final Set<String> emptyValues;
    private final String listSeparators;
    private final Map<Field, String> columns;
    private final Map<Field, ValueTable<String>> values;
    private final Map<Field, String> defaults;
    private final ValueTable<TicketState> states;
    private final GroupStages groups;
    private final FirstResponseRule firstResponse;

    /** The file as written; snake_case keys, unknown keys rejected (see {@link Yaml}). */
    private record File(
            String shape,
            String sheet,
            Integer headerRow,
            String encoding,
            String delimiter,
            String timeZone,
            List<String> dateFormats,
            List<String> emptyValues,
            String listSeparators,
            Map<String, String> columns,
            Map<String, Map<String, String>> values,
            Map<String, String> defaults,
            Map<String, String> states,
            Map<String, String> groups,
            FirstResponse firstResponse) {}

    /** {@code first_response}: {@code on: state} with the {@code state}, or {@code on: assignee}. */
    private record FirstResponse(String on, String state, Boolean diagnostic) {}

    /** @throws IllegalArgumentException naming the file and what is wrong with it */
    public static ImportMapping load(Path file) {
        JsonNode tree;
        try {
            tree = Yaml.tree(file);
        } catch (UncheckedIOException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            String detail =
                    root instanceof JsonProcessingException json ? json.getOriginalMessage() : root.getMessage();
            // Parsers quote the offending source over several lines; the first says what is wrong.
            throw new IllegalArgumentException(
                    "mapping " + file + " is not YAML or JSON: "
                            + detail.lines().findFirst().orElse(""),
                    e);
        }
        return new ImportMapping(file.getFileName().toString(), Yaml.bind(tree, File.class, "mapping " + file));
    }

    private ImportMapping(String source, File file) {
        this.source = source;
        this.shape = choice("shape", file.shape(), Shape.values(), Shape::key);
        this.sheet = file.sheet();
        this.headerRow = file.headerRow() == null ? 1 : file.headerRow();
        check(headerRow >= 1, "header_row counts from 1, got " + headerRow);
        this.encoding = charset(file.encoding());
        this.delimiter = delimiter(file.delimiter());
        this.zone = zone(file.timeZone());
        this.dates = dates(file.dateFormats(), zone);
        this.emptyValues = Set.copyOf(orEmpty(file.emptyValues()));
        this.listSeparators = file.listSeparators() == null ? DEFAULT_LIST_SEPARATORS : file.listSeparators();
        this.columns = byField("columns", orEmpty(file.columns()), Function.identity());
        this.values = byField("values", orEmpty(file.values()), ValueTable::new);
        this.defaults = byField("defaults", orEmpty(file.defaults()), Function.identity());
        for (Field field : shape.required()) {
            check(
                    columns.containsKey(field),
                    "shape " + shape.key() + " needs a column for " + field.key() + " under columns");
        }
        for (Field field : Field.CREATED_REQUIRED) {
            check(
                    columns.containsKey(field) || defaults.containsKey(field),
                    "every ticket needs " + field.key() + ": name its column under columns, or give it under defaults");
        }
        boolean eventLog = shape == Shape.EVENT_LOG;
        check(
                eventLog || file.states() == null && file.groups() == null && file.firstResponse() == null,
                "states, groups and first_response are for shape event_log");
        this.states = new ValueTable<>(translated(
                "states",
                orEmpty(file.states()),
                TicketState.values(),
                s -> s.name().toLowerCase(Locale.ROOT)));
        this.groups = new GroupStages(translated("groups", orEmpty(file.groups()), Stage.values(), Stage::wire));
        check(
                !eventLog || !states.isEmpty(),
                "shape event_log needs states: each state of the export -> open, resolved or closed");
        check(
                !columns.containsKey(Field.GROUP) || !groups.isEmpty() || columns.containsKey(Field.STAGE),
                "a group column needs groups (each assignment group, a pattern such as \"Field*\", or \"*\" -> CS,"
                        + " TECH, PARTS or FIELD) or a stage column");
        this.firstResponse = file.firstResponse() == null ? null : firstResponse(file.firstResponse());
    }

    private FirstResponseRule firstResponse(FirstResponse rule) {
        FirstResponseRule.On on = choice(
                "first_response.on",
                rule.on(),
                FirstResponseRule.On.values(),
                o -> o.name().toLowerCase(Locale.ROOT));
        if (on == FirstResponseRule.On.STATE) {
            check(rule.state() != null, "first_response on state needs the state, e.g. state: Active");
            check(
                    states.get(rule.state()) != null,
                    "first_response.state " + rule.state() + " is not listed under states");
        } else {
            check(columns.containsKey(Field.ASSIGNEE), "first_response on assignee needs an assignee column");
            check(rule.state() == null, "first_response on assignee takes no state");
        }
        return new FirstResponseRule(on, rule.state(), rule.diagnostic() == null || rule.diagnostic());
    }

    public String source() {
        return source;
    }

    public Shape shape() {
        return shape;
    }

    /** The sheet of a workbook to read, or null for the first. */
    public String sheet() {
        return sheet;
    }

    public int headerRow() {
        return headerRow;
    }

    public Charset encoding() {
        return encoding;
    }

    public char delimiter() {
        return delimiter;
    }

    public ZoneId zone() {
        return zone;
    }

    public DateTimes dates() {
        return dates;
    }

    /** Cell texts that mean "no value" in this export, such as {@code ?} or {@code -}. */
    public boolean isEmptyValue(String text) {
        return emptyValues.contains(text);
    }

    public String listSeparators() {
        return listSeparators;
    }

    public Map<Field, String> columns() {
        return columns;
    }

    /** The field's value table, or null when the mapping gives none. */
    public ValueTable<String> values(Field field) {
        return values.get(field);
    }

    /** The value of a field whose cell is empty or that has no column, or null. */
    public String defaultValue(Field field) {
        return defaults.get(field);
    }

    public ValueTable<TicketState> states() {
        return states;
    }

    public GroupStages groups() {
        return groups;
    }

    /** What a first response is in an event log, or null when the mapping does not say. */
    public FirstResponseRule firstResponse() {
        return firstResponse;
    }

    private <V, T> Map<Field, T> byField(String section, Map<String, V> entries, Function<V, T> convert) {
        Map<Field, T> result = new EnumMap<>(Field.class);
        entries.forEach((key, value) -> {
            Field field = Field.byKey(key)
                    .filter(shape.allowed()::contains)
                    .orElseThrow(() -> new IllegalArgumentException(
                            problem(section + ": shape " + shape.key() + " has no field " + key + "; its fields are "
                                    + shape.allowed().stream().map(Field::key).collect(Collectors.joining(", ")))));
            check(value != null, section + "." + key + " has no value");
            result.put(field, convert.apply(value));
        });
        return result;
    }

    private <E> Map<String, E> translated(
            String section, Map<String, String> entries, E[] choices, Function<E, String> name) {
        Map<String, E> result = new LinkedHashMap<>();
        entries.forEach((key, value) -> result.put(key, choice(section + "." + key, value, choices, name)));
        return result;
    }

    private <E> E choice(String what, String value, E[] choices, Function<E, String> name) {
        return Arrays.stream(choices)
                .filter(c ->
                        name.apply(c).equalsIgnoreCase(String.valueOf(value).strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(problem(what + " must be one of "
                        + Arrays.stream(choices).map(name).collect(Collectors.joining(", ")) + ", got " + value)));
    }

    private Charset charset(String name) {
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    problem("encoding " + name + " is not one Java knows (UTF-8, GBK, GB18030, ...)"), e);
        }
    }

    private char delimiter(String text) {
        String value = text == null ? "," : text.equals("\\t") ? "\t" : text;
        check(value.length() == 1, "delimiter must be one character (\\t for tab), got '" + text + "'");
        return value.charAt(0);
    }

    private ZoneId zone(String name) {
        try {
            return ZoneId.of(name == null ? DEFAULT_ZONE : name);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    problem("time_zone " + name + " is not a time zone such as Asia/Shanghai"), e);
        }
    }

    private DateTimes dates(List<String> patterns, ZoneId zone) {
        try {
            return new DateTimes(patterns == null || patterns.isEmpty() ? DEFAULT_DATE_FORMATS : patterns, zone);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(problem("date_formats: " + e.getMessage()), e);
        }
    }

    private void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(problem(message));
        }
    }

    private String problem(String message) {
        return "mapping " + source + ": " + message;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
