package io.ticketradar.models.cases;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemperatureCodesTest {

    @Test
    void coldAndHotThresholdsNestMildWeatherHasNone() {
        assertEquals(List.of("<-15", "<-10", "<-5", "<0"), TemperatureCodes.thresholds(-17.2));
        assertEquals(List.of(">=35", ">=30"), TemperatureCodes.thresholds(36.0));
        assertTrue(TemperatureCodes.thresholds(12.0).isEmpty());
        assertTrue(TemperatureCodes.thresholds(null).isEmpty());
    }

    @Test
    void broaderAndImplied() {
        assertEquals("<-10", TemperatureCodes.broader("<-15"));
        assertNull(TemperatureCodes.broader("<0"));
        assertEquals(">=30", TemperatureCodes.broader(">=35"));
        assertTrue(TemperatureCodes.implies("<-15", "<-10"));
        assertFalse(TemperatureCodes.implies("<-10", "<-15"));
        assertFalse(TemperatureCodes.implies("<-10", ">=30"));
    }

    @Test
    void bandsOfFiveDegrees() {
        assertEquals("-20~-15", TemperatureCodes.band(-17.2));
        assertEquals("0~5", TemperatureCodes.band(0.0));
        assertEquals("", TemperatureCodes.band(null));
    }

    @Test
    void ageBands() {
        LocalDate made = LocalDate.of(2024, 1, 10);
        assertEquals("<6m", AgeBands.of(made, LocalDate.of(2024, 5, 1)));
        assertEquals("1-2y", AgeBands.of(made, LocalDate.of(2025, 3, 1)));
        assertEquals(">=3y", AgeBands.of(made, LocalDate.of(2027, 3, 1)));
        assertEquals("", AgeBands.of(null, LocalDate.of(2025, 3, 1)));
    }
}
