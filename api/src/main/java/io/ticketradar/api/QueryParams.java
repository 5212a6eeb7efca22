package io.ticketradar.api;

import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads query parameters; anything missing or malformed is a 400 bad_parameter naming the parameter. */
final class QueryParams {

    /** The first and last day of ClickHouse's {@code Date} type. */
    static final LocalDate FIRST_DAY = LocalDate.of(1970, 1, 1);

    static final LocalDate LAST_DAY = LocalDate.of(2149, 6, 6);

    private QueryParams() {}

    /** A parameter value that stands for one constant, like {@code x=region}. */
    interface Choice {
        String code();
    }

    static LocalDate requiredDate(Context ctx, String name) {
        return date(name, required(ctx, name));
    }

    /** The date, or null when the parameter is absent. */
    static LocalDate optionalDate(Context ctx, String name) {
        String text = ctx.queryParam(name);
        return text == null ? null : date(name, text);
    }

    /** The parameter as given, possibly empty; absent is a 400. */
    static String required(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null) {
            throw ApiException.badParameter(name, "parameter '" + name + "' is required");
        }
        return text;
    }

    /** The parameter, which must be given and not blank. */
    static String requiredText(Context ctx, String name) {
        return notBlank(name, required(ctx, name));
    }

    /** The parameter, or {@code orElse} when absent; present but blank is a 400. */
    static String text(Context ctx, String name, String orElse) {
        String text = ctx.queryParam(name);
        return text == null ? orElse : notBlank(name, text);
    }

    static int integer(Context ctx, String name, int orElse, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return orElse;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw ApiException.badParameter(
                name,
                "parameter '" + name + "' must be an integer from " + min + " to " + max + ", not '" + text + "'");
    }

    /** The one of {@code allowed} whose code the parameter names, or {@code orElse} when absent. */
    static <C extends Choice> C choice(Context ctx, String name, List<C> allowed, C orElse) {
        return choice(ctx, name, allowed, Choice::code, orElse);
    }

    /** Like {@link #choice(Context, String, List, Object)} for constants that are not a {@link Choice}. */
    static <C> C choice(Context ctx, String name, List<C> allowed, Function<C, String> code, C orElse) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return orElse;
        }
        for (C choice : allowed) {
            if (code.apply(choice).equals(text)) {
                return choice;
            }
        }
        String codes = allowed.stream().map(code).collect(Collectors.joining(", "));
        throw ApiException.badParameter(
                name, "parameter '" + name + "' must be one of " + codes + ", not '" + text + "'");
    }

    /**
     * The codes of a parameter given as a comma-separated list and/or repeated ({@code status=a,b&status=c}), each
     * one of {@code allowed}; null when absent.
     */
    static List<String> codes(Context ctx, String name, List<String> allowed) {
        List<String> given = ctx.queryParams(name);
        if (given.isEmpty()) {
            return null;
        }
        List<String> codes = new ArrayList<>();
        for (String value : given) {
            for (String code : value.split(",", -1)) {
                String c = code.strip();
                if (!allowed.contains(c)) {
                    throw ApiException.badParameter(
                            name,
                            "parameter '" + name + "' takes a comma-separated list of " + String.join(", ", allowed)
                                    + ", not '" + value + "'");
                }
                if (!codes.contains(c)) {
                    codes.add(c);
                }
            }
        }
        return codes;
    }

    /** true or false; null when absent. */
    static Boolean bool(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return null;
        }
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default ->
                throw ApiException.badParameter(
                        name, "parameter '" + name + "' must be true or false, not '" + text + "'");
        };
    }

    private static String notBlank(String name, String text) {
        if (text.isBlank()) {
            throw ApiException.badParameter(name, "parameter '" + name + "' must not be empty");
        }
        return text;
    }

    private static LocalDate date(String name, String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(
                    name, "parameter '" + name + "' must be a date such as 2026-01-05, not '" + text + "'");
        }
        if (!isWarehouseDay(date)) {
            throw ApiException.badParameter(
                    name,
                    "parameter '" + name + "' must be a day from " + FIRST_DAY + " to " + LAST_DAY + ", not '" + text
                            + "'");
        }
        return date;
    }

    /**
     * Whether the warehouse's {@code Date} columns hold this day. ISO-8601 also reads years such as +10000 or
     * -999999999, which the engine cannot parse and date arithmetic overflows on: those are a 400, not a 500.
     */
    static boolean isWarehouseDay(LocalDate date) {
        return !date.isBefore(FIRST_DAY) && !date.isAfter(LAST_DAY);
    }
}
