package io.ticketradar.pipelines.alerts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Something a person of the tenant must act on, decided by a job.
 *
 * @param alertId  deterministic (kind and day), so a replayed decision carries the same id and every sink
 *                 can de-duplicate on it
 * @param raisedAt the event time of the decision, not the wall clock, so replays reproduce it
 * @param day      the tenant's calendar day the alert is about
 * @param title    a short headline in zh-CN, the UI's default language
 * @param detail   what happened and what to do, in zh-CN
 * @param payload  a JSON object with the figures behind the alert, for machines and other languages
 */
public record Alert(
        String alertId,
        String tenantId,
        AlertKind kind,
        Instant raisedAt,
        LocalDate day,
        String title,
        String detail,
        String payload) {}
