package io.ticketradar.pipelines.alerts;

/** What an alert is about; stored and published by name. */
public enum AlertKind {
    /** Breakpoint rate over the tenant's threshold on consecutive days: pause intake, hold a stand-up (流程熔断). */
    CIRCUIT_OPEN,
    /** The first day back under the threshold after an open circuit. */
    CIRCUIT_CLOSED,
    /** Dispatch was blocked because a part is in no depot: once per tenant, part and day, not per ticket. */
    STOCK_OUT
}
