package io.ticketradar.datasets.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** {@code --name value}, {@code --name=value}, {@code --switch} and positional arguments; unknown flags are errors. */
public final class Flags {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Flags() {}

    /** @param valued flags that take a value; @param switches flags that do not */
    static Flags parse(String[] args, Set<String> valued, Set<String> switches) throws UsageException {
        Flags flags = new Flags();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                flags.positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (switches.contains(name)) {
                if (value != null) {
                    throw new UsageException("--" + name + " takes no value");
                }
                flags.values.put(name, "true");
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    value = args[++i];
                }
                flags.values.put(name, value);
            } else {
                throw new UsageException("unknown option --" + name);
            }
        }
        return flags;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public int intValue(String name, int fallback, int min) throws UsageException {
        long value = longValue(name, fallback);
        if (value < min) {
            throw new UsageException("--" + name + " must be at least " + min + ", got " + value);
        }
        if (value > Integer.MAX_VALUE) {
            throw new UsageException("--" + name + " must be at most " + Integer.MAX_VALUE + ", got " + value);
        }
        return (int) value;
    }

    public long longValue(String name, long fallback) throws UsageException {
        return parsed(name, fallback, Long::parseLong, "a whole number");
    }

    public LocalDate date(String name, LocalDate fallback) throws UsageException {
        return parsed(name, fallback, LocalDate::parse, "a date YYYY-MM-DD");
    }

    /** The trimmed value through {@code parser}, or {@code fallback} when the flag is absent; bad text is a usage error. */
    private <T> T parsed(String name, T fallback, Function<String, T> parser, String what) throws UsageException {
        String text = values.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            return parser.apply(text.trim());
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new UsageException("--" + name + " must be " + what + ", got " + text);
        }
    }

    public List<String> positional() {
        return positional;
    }
}
