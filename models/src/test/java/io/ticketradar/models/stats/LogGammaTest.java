package io.ticketradar.models.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LogGammaTest {

    @Test
    void factorialsAndHalfIntegers() {
        assertEquals(0.0, LogGamma.of(1), 1e-14);
        assertEquals(0.0, LogGamma.of(2), 1e-14);
        assertEquals(Math.log(120), LogGamma.of(6), 1e-12);
        assertEquals(Math.log(Math.sqrt(Math.PI)), LogGamma.of(0.5), 1e-13);
        // ln 100! = 363.73937555556347
        assertEquals(363.73937555556347, LogGamma.of(101), 1e-9);
    }

    @Test
    void smallArgumentsUseTheReflection() {
        // Γ(0.1) = 9.513507698668732
        assertEquals(Math.log(9.513507698668732), LogGamma.of(0.1), 1e-12);
    }

    @Test
    void onlyPositiveArguments() {
        assertThrows(IllegalArgumentException.class, () -> LogGamma.of(0));
    }
}
