package io.ticketradar.datasets.truth;

import io.ticketradar.datasets.generate.GeneratedRecord;

/** Hears what the generator makes, as it makes it; the ground truth recorder is one. */
public interface GenerationListener {
    GenerationListener NONE = new GenerationListener() {};

    /** A ticket's whole life was decided (its events follow in the stream over time). */
    default void ticket(TicketTruth truth) {}

    /** The record at position {@code seq} (from 0) of the stream. */
    default void record(long seq, GeneratedRecord record, RecordNote note) {}
}
