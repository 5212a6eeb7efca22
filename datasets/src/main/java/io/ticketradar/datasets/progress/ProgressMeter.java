package io.ticketradar.datasets.progress;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows how far a long run is: on a terminal one line redrawn in place (a bar when the total is
 * known), into a pipe or a log a plain line every few seconds. Events, rate and ETA.
 */
public final class ProgressMeter {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR = 24;

    private final PrintStream out;
    private final Style style;
    private final String unit;
    private final LongSupplier nanoTime;
    private final long lineEveryNanos;
    private final long started;
    private long lastShown;
    private int lastWidth;

    public enum Style {
        /** One line, redrawn with a carriage return. */
        TERMINAL,
        /** A line now and then, for pipes and logs. */
        LINES,
        NONE;

        /** TERMINAL when the stream is the process's own stdout on a terminal, else LINES. */
        public static Style detect(PrintStream stream) {
            return stream == System.out
                            && System.console() != null
                            && System.console().isTerminal()
                    ? TERMINAL
                    : LINES;
        }
    }

    public ProgressMeter(PrintStream out, Style style, String unit) {
        this(out, style, unit, Duration.ofSeconds(5), System::nanoTime);
    }

    public ProgressMeter(PrintStream out, Style style, String unit, Duration lineEvery, LongSupplier nanoTime) {
        this.out = out;
        this.style = style;
        this.unit = unit;
        this.nanoTime = nanoTime;
        this.lineEveryNanos = lineEvery.toNanos();
        this.started = nanoTime.getAsLong();
        this.lastShown = started;
    }

    /**
     * @param total  known total, or a negative number when unknown
     * @param detail e.g. the event time reached
     * @param eta    time left when known (paced replays know it from event time), else null to derive it from the rate
     */
    public void update(long done, long total, String detail, Duration eta) {
        long now = nanoTime.getAsLong();
        if (style == Style.NONE || now - lastShown < (style == Style.TERMINAL ? REDRAW_NANOS : lineEveryNanos)) {
            return;
        }
        lastShown = now;
        show(line(done, total, detail, eta, now), false);
    }

    /** The last state, then the summary on its own line (none when it is empty). */
    public void finish(long done, long total, String detail, String summary) {
        if (style != Style.NONE) {
            show(line(done, total, detail, Duration.ZERO, nanoTime.getAsLong()), true);
        }
        if (!summary.isEmpty()) {
            out.println(summary);
        }
    }

    public double ratePerSecond(long done) {
        double seconds = (nanoTime.getAsLong() - started) / 1e9;
        return seconds <= 0 ? 0 : done / seconds;
    }

    private String line(long done, long total, String detail, Duration eta, long now) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        double rate = done / seconds;
        StringBuilder text = new StringBuilder();
        if (total > 0) {
            double fraction = Math.min(1, (double) done / total);
            int filled = (int) Math.round(fraction * BAR);
            text.append('[')
                    .append("#".repeat(filled))
                    .append("-".repeat(BAR - filled))
                    .append("] ")
                    .append(String.format(Locale.ROOT, "%3.0f%% ", fraction * 100))
                    .append(String.format(Locale.ROOT, "%,d/%,d %s", done, total, unit));
            if (eta == null && rate > 0) {
                eta = Duration.ofSeconds((long) ((total - done) / rate));
            }
        } else {
            text.append(String.format(Locale.ROOT, "%,d %s", done, unit));
        }
        text.append(String.format(Locale.ROOT, "  %,.0f/s", rate));
        if (detail != null) {
            text.append("  ").append(detail);
        }
        if (eta != null) {
            text.append("  ETA ").append(format(eta));
        }
        return text.toString();
    }

    private void show(String text, boolean last) {
        if (style == Style.TERMINAL) {
            String padded = text + " ".repeat(Math.max(0, lastWidth - text.length()));
            lastWidth = text.length();
            out.print("\r" + padded + (last ? "\n" : ""));
        } else {
            out.println(text);
        }
        out.flush();
    }

    static String format(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600
                ? "%d:%02d:%02d".formatted(s / 3600, s % 3600 / 60, s % 60)
                : "%d:%02d".formatted(s / 60, s % 60);
    }
}
