package io.ticketradar.warehouse.tables;

/** The shared values of the {@code region} columns of {@link HealthIndicators} and {@link HealthIndicatorsLive}. */
public final class Regions {

    /** The region of the rows over all of a tenant's regions: the tenant overall. */
    public static final String ALL = "ALL";

    private Regions() {}
}
