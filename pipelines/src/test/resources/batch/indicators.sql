-- The health indicators of one tenant computed in batch from the raw ticket_events, independently of the
-- streaming jobs, for the cross-check. Read as of "the end of time": every deadline has passed, so no response
-- is pending and a stay still open is a breakpoint. {tenant} and {zone} are replaced before running; the
-- statements run in order and the last one returns the rows (day, region, engineer_id, indicator, numerator,
-- denominator) in the units of health_indicators. Definitions: DOMAIN.md §4 as documented on the Indicator enum.

-- The tenant's ticket events from the ticket's first creation on (later creations and earlier events ignored),
-- with the payload fields the definitions read, in the order rank (same-instant events: creation first, close
-- before reopen, then event id).
DROP TABLE IF EXISTS batch_events;
CREATE TABLE batch_events ENGINE = Memory AS
WITH raw AS (
    SELECT ticket_id, event_id, CAST(event_type, 'String') AS event_type, toUnixTimestamp64Milli(ts) AS ms, payload,
           indexOf(['TICKET_CREATED', 'TICKET_ASSIGNED', 'FIRST_RESPONSE', 'STAGE_CHANGED', 'FAULT_DIAGNOSED',
                    'TICKET_RESOLVED', 'TICKET_CLOSED', 'TICKET_REOPENED', 'CUSTOMER_COMPLAINT', 'TICKET_MERGED'],
                   event_type) AS rank
    FROM ticket_events FINAL
    WHERE tenant_id = {tenant} AND ticket_id != '' AND event_type != 'REPAIR_RECORDED'),
creations AS (
    SELECT ticket_id, min((ms, event_id)) AS first FROM raw WHERE event_type = 'TICKET_CREATED' GROUP BY ticket_id)
SELECT r.ticket_id AS ticket_id, r.event_id AS event_id, r.event_type AS event_type, r.ms AS ms, r.rank AS rank,
       c.first.1 AS created_ms,
       JSONExtractString(r.payload, 'region') AS region,
       JSONExtractString(r.payload, 'device_sn') AS device_sn,
       JSONExtractString(r.payload, 'priority') AS priority,
       JSONExtract(r.payload, 'fault_code', 'Nullable(String)') AS fault_code,
       JSONExtractString(r.payload, 'team_id') AS team_id,
       JSONExtractString(r.payload, 'assignee_id') AS assignee_id,
       if(r.event_type = 'STAGE_CHANGED', JSONExtractString(r.payload, 'to_stage'),
          JSONExtractString(r.payload, 'stage')) AS stage,
       JSONExtractBool(r.payload, 'diagnostic') AS diagnostic,
       JSONExtractInt(r.payload, 'field_visits') AS field_visits
FROM raw r INNER JOIN creations c ON r.ticket_id = c.ticket_id
WHERE r.ms >= c.first.1 AND (r.event_type != 'TICKET_CREATED' OR r.event_id = c.first.2);

-- Each event with the ticket's state after it. In a stay: from the creation and a reopen, until a resolution or
-- a close. Stage: CS at creation, then the stage of an assignment or stage change made while in a stay.
-- Closed: after a close, until a reopen.
DROP TABLE IF EXISTS batch_steps;
CREATE TABLE batch_steps ENGINE = Memory AS
WITH
s1 AS (
    SELECT *,
           last_value(multiIf(event_type IN ('TICKET_CREATED', 'TICKET_REOPENED'), 1,
                              event_type IN ('TICKET_RESOLVED', 'TICKET_CLOSED'), 0, NULL)) OVER w AS in_stay_after,
           coalesce(last_value(multiIf(event_type = 'TICKET_CLOSED', 1, event_type = 'TICKET_REOPENED', 0, NULL)) OVER w,
                    0) AS closed_after
    FROM batch_events
    WINDOW w AS (PARTITION BY ticket_id ORDER BY ms, rank, event_id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)),
s2 AS (
    SELECT *, lagInFrame(in_stay_after, 1, 0) OVER w AS in_stay_before
    FROM s1
    WINDOW w AS (PARTITION BY ticket_id ORDER BY ms, rank, event_id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)),
s3 AS (
    SELECT *,
           last_value(multiIf(event_type = 'TICKET_CREATED', 'CS',
                              in_stay_before = 1 AND event_type IN ('TICKET_ASSIGNED', 'STAGE_CHANGED'), stage,
                              NULL)) OVER w AS stage_after
    FROM s2
    WINDOW w AS (PARTITION BY ticket_id ORDER BY ms, rank, event_id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)),
s4 AS (
    SELECT *, lagInFrame(stage_after, 1, '') OVER w AS stage_before
    FROM s3
    WINDOW w AS (PARTITION BY ticket_id ORDER BY ms, rank, event_id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)),
s5 AS (
    SELECT *,
           in_stay_after = 1 AND (in_stay_before = 0 OR stage_after != stage_before) AS starts,
           in_stay_before = 1 AND (in_stay_after = 0 OR stage_after != stage_before) AS ends
    FROM s4),
s6 AS (
    SELECT *, sum(starts) OVER w AS stay
    FROM s5
    WINDOW w AS (PARTITION BY ticket_id ORDER BY ms, rank, event_id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW))
SELECT *, lagInFrame(stay, 1, 0) OVER w AS stay_before
FROM s6
WINDOW w AS (PARTITION BY ticket_id ORDER BY ms, rank, event_id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW);

-- Stays: start, end (NULL while ongoing), the first assignment inside, and whether a stage change began it.
DROP TABLE IF EXISTS batch_stays;
CREATE TABLE batch_stays ENGINE = Memory AS
SELECT s.ticket_id AS ticket_id, s.stay AS stay, s.ms AS start_ms, s.event_type = 'STAGE_CHANGED' AS by_stage_change,
       e.end_ms AS end_ms, a.assigned_ms AS assigned_ms
FROM (SELECT ticket_id, stay, ms, event_type FROM batch_steps WHERE starts) s
LEFT JOIN (SELECT ticket_id, stay_before AS stay, toNullable(ms) AS end_ms FROM batch_steps WHERE ends) e
    ON s.ticket_id = e.ticket_id AND s.stay = e.stay
LEFT JOIN (SELECT ticket_id, stay, toNullable(min(ms)) AS assigned_ms FROM batch_steps
           WHERE event_type = 'TICKET_ASSIGNED' AND in_stay_after = 1 AND NOT starts GROUP BY ticket_id, stay) a
    ON s.ticket_id = a.ticket_id AND s.stay = a.stay
SETTINGS join_use_nulls = 1;

-- One row per ticket with every flag the indicators count.
DROP TABLE IF EXISTS batch_tickets;
CREATE TABLE batch_tickets ENGINE = Memory AS
WITH
plain AS (
    SELECT ticket_id,
           any(created_ms) AS created_ms,
           anyIf(region, event_type = 'TICKET_CREATED') AS region,
           anyIf(device_sn, event_type = 'TICKET_CREATED') AS device_sn,
           anyIf(priority, event_type = 'TICKET_CREATED') AS priority,
           if(countIf(event_type = 'FAULT_DIAGNOSED') > 0,
              argMaxIf(fault_code, (ms, rank, event_id), event_type = 'FAULT_DIAGNOSED'),
              anyIf(fault_code, event_type = 'TICKET_CREATED')) AS fault,
           countIf(event_type = 'FIRST_RESPONSE') > 0 AS responded,
           argMinIf(ms, (ms, rank, event_id), event_type = 'FIRST_RESPONSE') AS response_ms,
           argMinIf(diagnostic, (ms, rank, event_id), event_type = 'FIRST_RESPONSE') AS response_diagnostic,
           countIf(event_type = 'TICKET_RESOLVED') > 0 AS resolved,
           argMinIf(ms, (ms, rank, event_id), event_type = 'TICKET_RESOLVED') AS resolved_ms,
           argMinIf(field_visits, (ms, rank, event_id), event_type = 'TICKET_RESOLVED') AS visits,
           arraySort(groupArrayIf((ms, rank, event_id, assignee_id), event_type = 'TICKET_ASSIGNED')) AS assignments,
           groupArrayIf(ms, event_type IN ('TICKET_RESOLVED', 'TICKET_CLOSED')) AS ends,
           groupArrayIf(ms, event_type = 'TICKET_REOPENED') AS reopens,
           argMaxIf(event_type, (ms, rank, event_id), event_type IN ('TICKET_CLOSED', 'TICKET_REOPENED'))
               = 'TICKET_CLOSED' AS closed,
           maxIf(ms, event_type = 'TICKET_CLOSED') AS closed_ms,
           countIf(event_type = 'CUSTOMER_COMPLAINT') > 0 AS complained,
           countIf(event_type = 'TICKET_MERGED') > 0 AS merged
    FROM batch_events GROUP BY ticket_id),
teams AS (
    SELECT ticket_id, max(n) AS most_teams
    FROM (SELECT ticket_id, stage, uniqExact(team_id) AS n FROM batch_events
          WHERE event_type = 'TICKET_ASSIGNED' GROUP BY ticket_id, stage)
    GROUP BY ticket_id),
stays AS (
    SELECT ticket_id,
           max(end_ms IS NULL OR end_ms - start_ms > 4 * 3600000) AS breakpoint,
           sum(if(by_stage_change, coalesce(assigned_ms, end_ms, start_ms) - start_ms, 0)) AS coordination_ms
    FROM batch_stays GROUP BY ticket_id),
recurrence AS (
    SELECT me.2 AS ticket_id,
           arrayExists(p -> p < me AND me.1 - p.1 <= 30 * 86400000, peers) AS recurring
    FROM (SELECT groupArray((created_ms, ticket_id)) AS peers FROM plain
          WHERE device_sn != '' AND fault IS NOT NULL GROUP BY device_sn, fault)
    ARRAY JOIN peers AS me)
SELECT p.ticket_id AS ticket_id, p.region AS region,
       toDate(fromUnixTimestamp64Milli(p.created_ms), {zone}) AS cohort_day,
       p.responded AND p.response_ms - p.created_ms <= 2 * 3600000 AND p.response_diagnostic AS response_compliant,
       NOT p.responded OR p.response_ms - p.created_ms > 2 * 3600000 AS response_timed_out,
       s.breakpoint AS breakpoint,
       s.coordination_ms AS coordination_ms,
       coalesce(t.most_teams, 0) >= 3 AS bounced,
       NOT p.closed OR p.closed_ms - p.created_ms
           > multiIf(p.priority = 'P1', 24, p.priority = 'P2', 48, p.priority = 'P3', 72, 120) * 3600000 AS overdue,
       p.complained AS complained,
       p.merged AS merged,
       p.resolved AS resolved,
       p.visits = 1 AND NOT arrayExists(r -> r >= p.resolved_ms AND r - p.resolved_ms <= 30 * 86400000, p.reopens)
           AS first_time_fix,
       arrayLast(a -> a.1 <= p.resolved_ms, p.assignments).4 AS resolver,
       length(p.ends) > 0 AS ever_ended,
       -- some resolution or close within 30 days before the reopen: then so is the latest one before it
       arrayExists(r -> arrayExists(c -> c <= r AND r - c <= 30 * 86400000, p.ends), p.reopens) AS reopened,
       p.closed AS closed,
       toDate(fromUnixTimestamp64Milli(p.closed_ms), {zone}) AS closed_day,
       p.closed_ms - p.created_ms AS closure_ms,
       r.ticket_id != '' AS known_fault,
       r.recurring AS recurring
FROM plain p
LEFT JOIN stays s ON p.ticket_id = s.ticket_id
LEFT JOIN teams t ON p.ticket_id = t.ticket_id
LEFT JOIN recurrence r ON p.ticket_id = r.ticket_id;

-- Every ticket's share of every indicator: (day, region, engineer, indicator, numerator, denominator).
DROP TABLE IF EXISTS batch_parts;
CREATE TABLE batch_parts ENGINE = Memory AS
SELECT cohort_day AS day, region, '' AS engineer_id, 'first_response_compliance' AS indicator,
       toInt64(response_compliant) AS num, 1 AS den FROM batch_tickets
UNION ALL SELECT cohort_day, region, '', 'first_response_timeout_rate', toInt64(response_timed_out), 1 FROM batch_tickets
UNION ALL SELECT cohort_day, region, '', 'breakpoint_rate', toInt64(breakpoint), 1 FROM batch_tickets
UNION ALL SELECT cohort_day, region, '', 'recurrence_suppression', toInt64(NOT recurring), 1 FROM batch_tickets WHERE known_fault
UNION ALL SELECT cohort_day, region, '', 'overdue_rate', toInt64(overdue), 1 FROM batch_tickets
UNION ALL SELECT cohort_day, region, '', 'bounce_rate', toInt64(bounced), 1 FROM batch_tickets
UNION ALL SELECT cohort_day, region, '', 'coordination_hours', toInt64(coordination_ms), 1 FROM batch_tickets
UNION ALL SELECT cohort_day, region, '', 'secondary_complaint_rate', toInt64(complained), 1 FROM batch_tickets
UNION ALL SELECT cohort_day, region, '', 'duplicate_rate', toInt64(merged), 1 FROM batch_tickets
UNION ALL SELECT cohort_day, region, '', 'first_time_fix_rate', toInt64(first_time_fix), 1 FROM batch_tickets WHERE resolved
UNION ALL SELECT cohort_day, region, resolver, 'first_time_fix_rate', toInt64(first_time_fix), 1 FROM batch_tickets
    WHERE resolved AND resolver != ''
UNION ALL SELECT cohort_day, region, '', 'reopen_rate', toInt64(reopened), 1 FROM batch_tickets WHERE ever_ended
UNION ALL SELECT closed_day, region, '', 'closure_cycle_mean_days', closure_ms, 1 FROM batch_tickets WHERE closed
UNION ALL SELECT closed_day, region, '', 'closure_cycle_p50_days', closure_ms, 1 FROM batch_tickets WHERE closed
UNION ALL SELECT closed_day, region, '', 'closure_cycle_p90_days', closure_ms, 1 FROM batch_tickets WHERE closed;

-- Backlog: each ticket on each day from its creation until it stays closed (or the tenant's last event day),
-- open or not at the day's end, in the stage it was in then.
DROP TABLE IF EXISTS batch_backlog;
CREATE TABLE batch_backlog ENGINE = Memory AS
WITH
last_day AS (SELECT toDate(fromUnixTimestamp64Milli(max(ms)), {zone}) AS d FROM batch_events),
timelines AS (
    SELECT ticket_id, anyIf(region, event_type = 'TICKET_CREATED') AS region, any(created_ms) AS created_ms,
           arraySort(groupArray((ms, rank, event_id, closed_after, stage_after))) AS timeline
    FROM batch_steps GROUP BY ticket_id)
SELECT day, region, state.5 AS stage
FROM (
    SELECT region, timeline,
           toDate(fromUnixTimestamp64Milli(created_ms), {zone}) AS first_day,
           if(timeline[-1].4 = 1, toDate(fromUnixTimestamp64Milli(timeline[-1].1), {zone}), (SELECT d FROM last_day))
               AS through
    FROM timelines)
ARRAY JOIN arrayMap(i -> first_day + i, range(toUInt32(greatest(through, first_day) - first_day + 1))) AS day
ARRAY JOIN [arrayLast(x -> x.1 < toUnixTimestamp(toDateTime(day + 1, {zone})) * 1000, timeline)] AS state
WHERE state.1 > 0 AND state.4 = 0;

-- The rows: per region without engineers, and overall ('ALL') per engineer and without one.
WITH
grouped AS (
    SELECT day, region, engineer_id, indicator, sum(num) AS total, sum(den) AS tickets, arraySort(groupArray(num)) AS samples
    FROM batch_parts WHERE engineer_id = '' GROUP BY day, region, engineer_id, indicator
    UNION ALL
    SELECT day, 'ALL', engineer_id, indicator, sum(num), sum(den), arraySort(groupArray(num))
    FROM batch_parts GROUP BY day, engineer_id, indicator),
backlog AS (
    SELECT day, region, concat('backlog_', lower(stage)) AS indicator, count() AS n FROM batch_backlog GROUP BY day, region, stage
    UNION ALL SELECT day, 'ALL', concat('backlog_', lower(stage)), count() FROM batch_backlog GROUP BY day, stage
    UNION ALL SELECT day, region, 'backlog', count() FROM batch_backlog GROUP BY day, region
    UNION ALL SELECT day, 'ALL', 'backlog', count() FROM batch_backlog GROUP BY day)
SELECT toString(day) AS day, region, engineer_id, indicator,
       toFloat64(multiIf(indicator = 'coordination_hours', total / 3600000,
               indicator = 'closure_cycle_mean_days', total / 86400000,
               indicator = 'closure_cycle_p50_days', samples[intDiv(50 * length(samples) + 99, 100)] / 86400000,
               indicator = 'closure_cycle_p90_days', samples[intDiv(90 * length(samples) + 99, 100)] / 86400000,
               total)) AS numerator,
       toFloat64(tickets) AS denominator
FROM grouped
UNION ALL
SELECT toString(day), region, '', indicator, toFloat64(n), toFloat64(1) FROM backlog
