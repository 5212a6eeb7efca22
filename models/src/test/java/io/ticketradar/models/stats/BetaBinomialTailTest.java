package io.ticketradar.models.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BetaBinomialTailTest {

    @Test
    void uniformShareMakesEveryCountEquallyLikely() {
        // BetaBinomial(n, 1, 1) is uniform on 0..n: P(X >= k) = (n - k + 1) / (n + 1).
        assertEquals(3.0 / 11, BetaBinomialTail.atLeast(8, 10, 1, 1), 1e-12);
        assertEquals(1.0 / 11, BetaBinomialTail.atLeast(10, 10, 1, 1), 1e-12);
    }

    @Test
    void handWorkedSmallCase() {
        // n = 2, a = 2, b = 1: pmf(x) = C(2,x) B(x+2, 3-x) / B(2,1) = {1/6, 1/3, 1/2}.
        assertEquals(0.5, BetaBinomialTail.atLeast(2, 2, 2, 1), 1e-12);
        assertEquals(5.0 / 6, BetaBinomialTail.atLeast(1, 2, 2, 1), 1e-12);
    }

    @Test
    void aTightShareGivesTheBinomialTail() {
        // a + b huge: Binomial(5, 0.2), P(X >= 3) = 10*0.008*0.64 + 5*0.0016*0.8 + 0.00032 = 0.05792.
        assertEquals(0.05792, BetaBinomialTail.atLeast(3, 5, 0.2e7, 0.8e7), 1e-6);
    }

    @Test
    void farTailsKeepTheirPrecision() {
        // Binomial(30, 0.01): P(X = 30) = 1e-60, the whole tail from 30.
        assertEquals(1e-60, BetaBinomialTail.atLeast(30, 30, 0.01e9, 0.99e9), 1e-62);
        assertTrue(BetaBinomialTail.atLeast(30, 30, 1, 99) > 1e-60, "an uncertain share has a heavier tail");
    }

    @Test
    void edges() {
        assertEquals(1.0, BetaBinomialTail.atLeast(0, 5, 1, 1));
        assertEquals(0.0, BetaBinomialTail.atLeast(6, 5, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> BetaBinomialTail.atLeast(1, 5, 0, 1));
    }
}
