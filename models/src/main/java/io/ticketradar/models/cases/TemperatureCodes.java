package io.ticketradar.models.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ambient temperature as codes. For detection, thresholds rather than bands: a case at -17 °C is below -15, -10,
 * -5 and 0 °C, so a pattern "below -15 °C" is one code however cold its days are, and the nested thresholds let the
 * detector pick the one that holds the excess. Only the cold and hot ends get codes: mild weather explains nothing.
 * For R&D trends, 5 °C bands ({@code -20~-15}).
 */
public final class TemperatureCodes {

    /** Cold thresholds, coldest first: {@code temp:<-25} ... {@code temp:<0}. */
    static final int[] BELOW = {-25, -20, -15, -10, -5, 0};
    /** Hot thresholds, hottest first: {@code temp:>=40} ... {@code temp:>=30}. */
    static final int[] AT_LEAST = {40, 35, 30};

    private TemperatureCodes() {}

    /** The threshold codes of a temperature, the narrowest first; none when it was not measured. */
    public static List<String> thresholds(Double celsius) {
        List<String> codes = new ArrayList<>();
        if (celsius == null || celsius.isNaN()) {
            return codes;
        }
        for (int t : BELOW) {
            if (celsius < t) {
                codes.add("<" + t);
            }
        }
        for (int t : AT_LEAST) {
            if (celsius >= t) {
                codes.add(">=" + t);
            }
        }
        return codes;
    }

    /**
     * The next broader threshold of a threshold value ({@code <-15} -> {@code <-10}, {@code >=35} -> {@code >=30}),
     * or null for the broadest ones: the context whose share a new cold or hot context starts from.
     */
    public static String broader(String value) {
        if (value.startsWith("<")) {
            int t = Integer.parseInt(value.substring(1));
            return t + 5 <= BELOW[BELOW.length - 1] ? "<" + (t + 5) : null;
        }
        if (value.startsWith(">=")) {
            int t = Integer.parseInt(value.substring(2));
            return t - 5 >= AT_LEAST[AT_LEAST.length - 1] ? ">=" + (t - 5) : null;
        }
        return null;
    }

    /** True when {@code narrow} implies {@code broad} (both threshold values of the same side). */
    public static boolean implies(String narrow, String broad) {
        if (narrow.startsWith("<") && broad.startsWith("<")) {
            return Integer.parseInt(narrow.substring(1)) <= Integer.parseInt(broad.substring(1));
        }
        if (narrow.startsWith(">=") && broad.startsWith(">=")) {
            return Integer.parseInt(narrow.substring(2)) >= Integer.parseInt(broad.substring(2));
        }
        return false;
    }

    /** The 5 °C band, e.g. {@code -20~-15} for -17.2 °C; "" when not measured. */
    public static String band(Double celsius) {
        if (celsius == null || celsius.isNaN()) {
            return "";
        }
        int low = (int) Math.floor(celsius / 5.0) * 5;
        return String.format(Locale.ROOT, "%d~%d", low, low + 5);
    }
}
