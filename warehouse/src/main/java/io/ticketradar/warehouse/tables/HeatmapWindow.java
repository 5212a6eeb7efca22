package io.ticketradar.warehouse.tables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The spans a heatmap is drawn over (DOMAIN.md §5): one calendar day, or the 7 days ending on a day. Its
 * {@link #code()} is the value of {@link HeatmapCells#WINDOW} and of the API's {@code window} parameter.
 */
public enum HeatmapWindow {

    /** The tickets created on the day. */
    DAY("day", 1),
    /** The tickets created in the 7 days ending on the day (day - 6 .. day). */
    SEVEN_DAYS("7d", 7);

    private final String code;
    private final int days;

    HeatmapWindow(String code, int days) {
        this.code = code;
        this.days = days;
    }

    /** The name in {@code heatmap_cells.window} and the API. */
    public String code() {
        return code;
    }

    /** How many creation days the window spans, ending on its day. */
    public int days() {
        return days;
    }

    /** The days whose window holds the tickets created on {@code cohortDay}: it and the days after it. */
    public List<LocalDate> endingDaysOf(LocalDate cohortDay) {
        List<LocalDate> ends = new ArrayList<>(days);
        for (int i = 0; i < days; i++) {
            ends.add(cohortDay.plusDays(i));
        }
        return ends;
    }
}
