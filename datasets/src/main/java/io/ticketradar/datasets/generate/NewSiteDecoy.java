package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.scenario.DecoySpec;
import io.ticketradar.datasets.truth.TicketTruth;
import io.ticketradar.datasets.world.OpeningSite;

import java.time.Instant;
import java.util.List;

/** A dealer site opening while the data runs: its customers' tickets ease in over its first weeks. */
public final class NewSiteDecoy implements ActiveDecoy {
    private final DecoySpec.NewSite spec;
    private final OpeningSite opening;
    private final EffectWindow window;

    NewSiteDecoy(DecoySpec.NewSite spec, OpeningSite opening, Instant onset) {
        this.spec = spec;
        this.opening = opening;
        this.window = EffectWindow.of(onset, null, spec.rampDays());
    }

    @Override
    public DecoySpec spec() {
        return spec;
    }

    public OpeningSite opening() {
        return opening;
    }

    public Instant opensAt() {
        return window.onset();
    }

    @Override
    public List<EffectWindow> windows() {
        return List.of(window);
    }

    /** How far its customers have come to it: their ticket rate is this share of the ordinary one. */
    double level(Instant t) {
        return window.level(t);
    }

    @Override
    public boolean moves(TicketTruth ticket) {
        return opening.site().siteId().equals(ticket.siteId());
    }
}
