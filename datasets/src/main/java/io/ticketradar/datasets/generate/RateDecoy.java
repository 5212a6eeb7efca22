package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.scenario.ChineseNewYear;
import io.ticketradar.datasets.scenario.DayRef;
import io.ticketradar.datasets.scenario.DecoySpec;
import io.ticketradar.datasets.truth.TicketTruth;
import io.ticketradar.datasets.world.Region;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A decoy that scales the arrival of new tickets of some regions (all faults alike): the winter rise and the
 * Spring Festival dip. The windows of a yearly season are laid for every year the data may touch.
 */
public final class RateDecoy implements ActiveDecoy {
    /** An endless stream gets seasons for this many years after its start. */
    private static final int ENDLESS_YEARS = 30;

    private final DecoySpec spec;
    private final double factor;
    private final Set<Region> regions;
    private final List<EffectWindow> all;
    private final List<EffectWindow> inData;

    private RateDecoy(DecoySpec spec, double factor, List<Region> regions, List<EffectWindow> all, Range range) {
        this.spec = spec;
        this.factor = factor;
        this.regions = regions.isEmpty() ? Set.of(Region.values()) : Set.copyOf(regions);
        this.all = List.copyOf(all);
        this.inData =
                all.stream().filter(w -> w.overlaps(range.from(), range.to())).toList();
    }

    /** The data's span: its first instant and the end of ticket creation (null when endless). */
    record Range(LocalDate start, Instant from, Instant to, ZoneId zone) {
        int lastYear() {
            return to == null
                    ? start.getYear() + ENDLESS_YEARS
                    : to.atZone(zone).getYear() + 1;
        }

        Instant at(LocalDate day) {
            return day.atStartOfDay(zone).toInstant();
        }
    }

    static RateDecoy seasonalRise(DecoySpec.SeasonalRise s, Range range) {
        List<EffectWindow> windows = new ArrayList<>();
        if (DayRef.isAnnual(s.onset())) {
            if (s.until() == null || !DayRef.isAnnual(s.until())) {
                throw new IllegalArgumentException(
                        "decoy " + s.id() + ": a yearly season (onset MM-DD) needs an until of the same form");
            }
            MonthDay from = DayRef.monthDay(s.onset());
            MonthDay to = DayRef.monthDay(s.until());
            for (int year = range.start().getYear() - 1; year <= range.lastYear(); year++) {
                LocalDate onset = from.atYear(year);
                LocalDate until = to.atYear(to.isAfter(from) ? year : year + 1);
                windows.add(EffectWindow.of(range.at(onset), range.at(until), s.rampDays()));
            }
        } else {
            Instant onset = range.at(DayRef.resolve(s.onset(), range.start()));
            Instant until = s.until() == null ? null : range.at(DayRef.resolve(s.until(), range.start()));
            windows.add(EffectWindow.of(onset, until, s.rampDays()));
        }
        return new RateDecoy(s, s.factor(), s.regions(), windows, range);
    }

    static RateDecoy holidayDip(DecoySpec.HolidayDip s, Range range) {
        List<LocalDate> days = s.dates().isEmpty()
                ? ChineseNewYear.DAYS
                : s.dates().stream().map(d -> DayRef.resolve(d, range.start())).toList();
        List<EffectWindow> windows = new ArrayList<>();
        for (LocalDate newYear : days.stream().sorted().toList()) {
            windows.add(EffectWindow.of(
                    range.at(newYear.minusDays(s.beforeDays())),
                    range.at(newYear.plusDays(s.afterDays() + 1L)),
                    s.rampDays()));
        }
        return new RateDecoy(s, s.factor(), s.regions(), windows, range);
    }

    @Override
    public DecoySpec spec() {
        return spec;
    }

    @Override
    public List<EffectWindow> windows() {
        return inData;
    }

    public double factor() {
        return factor;
    }

    /** The regions it scales. */
    public Set<Region> regions() {
        return regions;
    }

    /** What new tickets of the region arrive at, relative to an ordinary day. */
    double multiplier(Region region, Instant t) {
        if (!regions.contains(region)) {
            return 1;
        }
        double level = 0;
        for (EffectWindow w : all) {
            level = Math.max(level, w.level(t));
        }
        return 1 + (factor - 1) * level;
    }

    @Override
    public boolean moves(TicketTruth ticket) {
        return regions.contains(ticket.region());
    }
}
