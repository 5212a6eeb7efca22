package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.scenario.DecoySpec;
import io.ticketradar.datasets.truth.TicketTruth;

import java.util.List;

/** A decoy of the scenario placed in one tenant's time and world: when it acts and which tickets it moves. */
public sealed interface ActiveDecoy permits RateDecoy, NewSiteDecoy, RolloutDecoy {
    DecoySpec spec();

    /** The spans it acts in that overlap the data, in time order. */
    List<EffectWindow> windows();

    /** Whether the ticket belongs to the group the decoy moves together. */
    boolean moves(TicketTruth ticket);

    /** Whether the ticket is of those the group is measured against: all, or a rollout's product. */
    default boolean measuredAgainst(TicketTruth ticket) {
        return true;
    }
}
