package io.ticketradar.pipelines.indicators;

import io.ticketradar.pipelines.lifecycle.FactChange;
import io.ticketradar.pipelines.lifecycle.TicketFact;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * Turns a fact change into contributions to the {@link Indicator#PER_TICKET} indicators: the old fact's
 * part retracted and the new one added, merged into one delta where both fall on the same row, and
 * nothing where the part did not change (most changes touch one or two indicators).
 */
public final class TicketContributions implements FlatMapFunction<FactChange, Contribution> {

    @Override
    public void flatMap(FactChange change, Collector<Contribution> out) {
        for (Indicator indicator : Indicator.PER_TICKET) {
            contribute(indicator, change.before(), change.after(), out);
        }
    }

    private static void contribute(
            Indicator indicator, TicketFact before, TicketFact after, Collector<Contribution> out) {
        Part old = before == null ? null : indicator.part(before);
        Part now = indicator.part(after);
        String tenant = after.tenantId();
        String engineer = indicator.engineerOf(after);
        String oldEngineer = before == null ? engineer : indicator.engineerOf(before);
        boolean sameRow = old != null
                && now != null
                && old.anchor() == now.anchor()
                && before.region().equals(after.region())
                && oldEngineer.equals(engineer);
        if (sameRow && old.equals(now)) {
            return;
        }
        if (sameRow && !indicator.measure().keepsSamples()) {
            out.collect(new Contribution(
                    tenant,
                    indicator,
                    now.anchor(),
                    after.region(),
                    engineer,
                    now.numerator() - old.numerator(),
                    now.denominator() - old.denominator()));
            return;
        }
        if (old != null) {
            out.collect(Contribution.retract(tenant, indicator, before.region(), oldEngineer, old));
        }
        if (now != null) {
            out.collect(Contribution.add(tenant, indicator, after.region(), engineer, now));
        }
    }
}
