package io.ticketradar.models.offline;

import io.ticketradar.events.EventBody;
import io.ticketradar.models.cases.FailureCase;

import java.time.Instant;
import java.util.List;

/**
 * What one event brings the detection, worked out ahead of it by {@link Arrivals}.
 *
 * @param tenantId  the event's tenant
 * @param ts        the event's time
 * @param label     a code's labels to learn (nothing else happens then), or null
 * @param cases     the cases the event completed or changed, in the order the assembly gave them
 * @param watermark the event time the event moved the watermark on to, or null when it did not move it
 */
record Arrival(String tenantId, Instant ts, EventBody.CodeDefined label, List<FailureCase> cases, Instant watermark) {}
