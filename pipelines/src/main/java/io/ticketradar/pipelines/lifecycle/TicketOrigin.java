package io.ticketradar.pipelines.lifecycle;

import io.ticketradar.events.Priority;

/**
 * What a ticket is about, as its TICKET_CREATED event says.
 *
 * @param faultCode null until diagnosed
 */
public record TicketOrigin(
        String channel,
        String customerId,
        String deviceSn,
        String productModel,
        String siteId,
        String region,
        String faultCode,
        Priority priority) {}
