package io.ticketradar.pipelines.enrichment;

import java.io.Serializable;

/**
 * One source of a tenant (its CRM or MES), configured by exactly three things: where to ask, the header carrying the
 * secret, and which answer values the ticket gets. Printing it masks the secret.
 */
public record EnrichmentSource(UrlTemplate url, SecretHeader header, FieldMapping fields) implements Serializable {}
