package io.ticketradar.datasets.scenario;

import java.time.LocalDate;
import java.util.List;

/** The first day of the lunar year (春节), which moves between 21 January and 20 February. */
public final class ChineseNewYear {
    /** From the official calendar; the dip decoy needs no year outside the data sets anyone generates. */
    public static final List<LocalDate> DAYS = List.of(
            LocalDate.of(2024, 2, 10),
            LocalDate.of(2025, 1, 29),
            LocalDate.of(2026, 2, 17),
            LocalDate.of(2027, 2, 6),
            LocalDate.of(2028, 1, 26),
            LocalDate.of(2029, 2, 13),
            LocalDate.of(2030, 2, 3),
            LocalDate.of(2031, 1, 23),
            LocalDate.of(2032, 2, 11));

    private ChineseNewYear() {}
}
