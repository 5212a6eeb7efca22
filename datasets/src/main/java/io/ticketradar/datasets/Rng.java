package io.ticketradar.datasets;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The generator's dice: one seeded {@link SplittableRandom} plus the draws the world needs. Every
 * entity that must not shift when another changes (a tenant, a day, a ticket) gets its own Rng from
 * {@link #derive}, so data stays comparable across settings and runs.
 */
public final class Rng {
    private final SplittableRandom random;

    public Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A seed that depends on every part, well mixed (SplitMix64's finaliser over a running hash). */
    public static long derive(long seed, Object... parts) {
        long h = mix(seed);
        for (Object part : parts) {
            long value =
                    part instanceof Number n ? n.longValue() : part.toString().hashCode();
            h = mix(h ^ (value + 0x9E3779B97F4A7C15L));
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public double uniform() {
        return random.nextDouble();
    }

    public double uniform(double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    public int between(int fromInclusive, int toInclusive) {
        return random.nextInt(fromInclusive, toInclusive + 1);
    }

    public long nextLong() {
        return random.nextLong();
    }

    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    public double gaussian() {
        return random.nextGaussian();
    }

    /** Log-normal with the given median and shape: the skewed durations of service work. */
    public double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * random.nextGaussian());
    }

    /** Gamma with shape 2 and the given mean: a share that is rarely near zero, used to split time between stages. */
    public double gamma2(double mean) {
        return mean / 2 * (random.nextExponential() + random.nextExponential());
    }

    /** Poisson; the normal approximation above 30 is far inside the noise of a day's tickets. */
    public int poisson(double mean) {
        if (mean > 30) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= random.nextDouble();
            n++;
        }
        return n;
    }

    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A key drawn with probability proportional to its weight; iteration order of the map decides ties, so pass ordered maps. */
    public <T> T weighted(Map<T, Double> weights) {
        double total = 0;
        for (double w : weights.values()) {
            total += w;
        }
        double x = random.nextDouble() * total;
        T last = null;
        for (Map.Entry<T, Double> e : weights.entrySet()) {
            last = e.getKey();
            x -= e.getValue();
            if (x < 0) {
                return last;
            }
        }
        return last;
    }
}
