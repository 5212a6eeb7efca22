package io.ticketradar.pipelines.enrichment;

import java.io.Serializable;

/**
 * One source's lookup for one new ticket, a row of {@code ticket_enrichments}.
 *
 * @param source    the source's name in the tenant's settings ({@code crm}, {@code mes})
 * @param fetchedAt when the lookup ended, epoch milliseconds; also the row's version
 */
public record Enrichment(String tenantId, String ticketId, String eventId, String source, Answer answer, long fetchedAt)
        implements Serializable {}
