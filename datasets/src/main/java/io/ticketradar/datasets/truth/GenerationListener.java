package io.ticketradar.datasets.truth;

import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.events.EventBody;

import java.time.Instant;

/** Hears what the generator makes, as it makes it; the ground truth recorder is one. */
public interface GenerationListener {
    GenerationListener NONE = new GenerationListener() {};

    /** A ticket's whole life was decided (its events follow in the stream over time). */
    default void ticket(TicketTruth truth) {}

    /**
     * A device's master data was sent (a DEVICE_REGISTERED): the {@code n}-th time for this device, 1 when it
     * becomes known, more when its firmware changed.
     */
    default void device(String tenantId, EventBody.DeviceRegistered device, Instant at, int n) {}

    /** The record at position {@code seq} (from 0) of the stream. */
    default void record(long seq, GeneratedRecord record, RecordNote note) {}
}
