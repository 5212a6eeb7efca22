package io.ticketradar.datasets.world;

import java.util.List;

/**
 * A site that opens while the data runs, with customers and devices of its own: not in the world's master data
 * at the start, registered when it opens.
 */
public record OpeningSite(Site site, List<Customer> customers, List<Device> devices) {}
