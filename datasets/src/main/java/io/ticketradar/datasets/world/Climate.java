package io.ticketradar.datasets.world;

import io.ticketradar.datasets.Rng;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Air temperature in a city at an instant: a seasonal curve through the January and July means, a
 * day-night swing (coldest at 3:00, warmest at 15:00) and weather that drifts from day to day.
 * Pure function of (seed, city, instant), so any event can ask without the generator keeping state.
 */
public final class Climate {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Weights of the neighbouring days' weather: spells of cold or warmth last several days. */
    private static final double[] SPELL = {1, 2, 3, 2, 1};

    private static final double SPELL_NORM = Math.sqrt(19);
    private static final int COLDEST_DAY_OF_YEAR = 20;

    private final long seed;

    public Climate(long seed) {
        this.seed = seed;
    }

    /** Degrees Celsius, one decimal. */
    public double temperatureC(Catalogue.City city, Instant at) {
        ZonedDateTime local = at.atZone(CHINA);
        double yearAngle = 2 * Math.PI * (local.getDayOfYear() - COLDEST_DAY_OF_YEAR) / 365.25;
        double seasonal =
                (city.janMeanC() + city.julMeanC()) / 2 - (city.julMeanC() - city.janMeanC()) / 2 * Math.cos(yearAngle);
        double hour = local.getHour() + local.getMinute() / 60.0;
        double diurnal = city.dailySwingC() / 2 * Math.cos(2 * Math.PI * (hour - 15) / 24);
        double weather = city.weatherSdC() * spell(city, local.toLocalDate().toEpochDay());
        return Math.round((seasonal + diurnal + weather) * 10) / 10.0;
    }

    private double spell(Catalogue.City city, long epochDay) {
        double sum = 0;
        for (int k = 0; k < SPELL.length; k++) {
            sum += SPELL[k] * new Rng(Rng.derive(seed, "weather", city.zh(), epochDay + k - 2)).gaussian();
        }
        return sum / SPELL_NORM;
    }
}
