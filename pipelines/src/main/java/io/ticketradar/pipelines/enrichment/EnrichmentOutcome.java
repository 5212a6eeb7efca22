package io.ticketradar.pipelines.enrichment;

/** How one lookup of a ticket in one source ended. */
public enum EnrichmentOutcome {
    /** The source answered with the ticket's customer or device; the mapped fields it held were taken. */
    ENRICHED,
    /** No answer within the timeout, retries included. */
    TIMEOUT,
    /** The source failed (5xx after retries, another 4xx, a redirect, a broken connection). */
    FAILED,
    /** The source does not know the ticket's customer or device (404), or the ticket lacks a field the URL needs. */
    NOT_FOUND,
    /** The source answered 2xx with something that is not JSON, or JSON holding none of the mapped fields. */
    MALFORMED
}
