package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.world.Catalogue;
import io.ticketradar.datasets.world.Device;
import io.ticketradar.events.Channel;
import io.ticketradar.events.Priority;

import java.time.Instant;
import java.util.List;

/**
 * Everything about a ticket at its creation: who, what, where, and what is really wrong.
 *
 * @param ambientC         air temperature where and when the fault showed (the truth)
 * @param reportedAmbientC what the ticket says (null when not reported)
 * @param pattern          the injected pattern this ticket belongs to, or null
 * @param faultKnown       whether TICKET_CREATED already carries the fault code
 */
record TicketSpec(
        String ticketId,
        Instant createdAt,
        TicketSeed seed,
        Device device,
        Catalogue.Fault fault,
        ActivePattern pattern,
        List<String> symptoms,
        Priority priority,
        Channel channel,
        String description,
        boolean faultKnown,
        double ambientC,
        Double reportedAmbientC) {}
