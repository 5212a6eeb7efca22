package io.ticketradar.pipelines.indicators;

import io.ticketradar.events.Stage;
import io.ticketradar.pipelines.lifecycle.FactChange;

/**
 * Where an open ticket sits in the backlog before and after a fact change ({@code from}/{@code to} null
 * when not open). Every fact change makes one, unchanged or not, so the backlog sees event time advance.
 *
 * @param at the event time (epoch ms) of the change
 */
public record StageMove(String tenantId, String fromRegion, Stage from, String toRegion, Stage to, long at) {

    public static StageMove of(FactChange change) {
        return new StageMove(
                change.after().tenantId(),
                change.before() == null ? null : change.before().region(),
                change.before() == null ? null : change.before().openStage(),
                change.after().region(),
                change.after().openStage(),
                change.asOf());
    }
}
