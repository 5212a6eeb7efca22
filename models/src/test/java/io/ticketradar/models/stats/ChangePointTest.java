package io.ticketradar.models.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChangePointTest {

    @Test
    void findsWhereTheStepUpBegins() {
        // From index 4 on: 15 observed vs 3 expected, LLR 15 ln 5 - 12 = 12.14; from 3: 16 ln 4 - 12 = 10.18.
        assertEquals(4, ChangePoint.start(new int[] {1, 1, 1, 1, 5, 5, 5}, new double[] {1, 1, 1, 1, 1, 1, 1}));
    }

    @Test
    void noExcessNoStart() {
        assertEquals(-1, ChangePoint.start(new int[] {1, 0, 1, 1}, new double[] {1, 1, 1, 1}));
    }

    @Test
    void seriesMustAlign() {
        assertThrows(IllegalArgumentException.class, () -> ChangePoint.start(new int[] {1}, new double[] {1, 2}));
    }
}
