package io.ticketradar.warehouse.tables;

import java.util.List;

/**
 * Every table the migrations create, one contract class each: its {@code TABLE} name and one {@code String}
 * constant per column. Pipelines write rows with these names and the api reads them; a test checks them against
 * the migrated DDL, so a new table or column is named once here and once in its DDL.
 */
public final class Tables {

    /** The contract classes, in the order their tables were first created. */
    public static final List<Class<?>> ALL = List.of(
            TicketEvents.class,
            DeadLetters.class,
            TicketFacts.class,
            HealthIndicators.class,
            HealthIndicatorsLive.class,
            LateEvents.class,
            TenantPolicies.class,
            HeatmapCells.class,
            Alerts.class,
            FailureCases.class,
            FailurePatterns.class,
            PatternFeedback.class,
            MergeSuggestions.class,
            MergeDecisions.class,
            DispatchRules.class,
            DispatchDecisions.class,
            DispatchProposals.class,
            TicketEnrichments.class,
            KnowledgeProposals.class);

    private Tables() {}
}
