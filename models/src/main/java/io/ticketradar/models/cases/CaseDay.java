package io.ticketradar.models.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One day's counted cases of a population (a baseline's, a recent window's, a target's), as the detector holds them,
 * listed only when asked, before the detector takes another case. {@code stamp} stays the same object while the day's
 * cases stay the same, so what was worked out of a day can be kept until its stamp changes, without listing the
 * day's cases to find out.
 */
public record CaseDay(LocalDate day, Object stamp, Supplier<List<CodedCase>> cases) {

    /** The day's cases that pass {@code which}: the same stamp, as they change only when the day's cases do. */
    public CaseDay filter(Predicate<CodedCase> which) {
        return new CaseDay(day, stamp, () -> cases.get().stream().filter(which).toList());
    }
}
