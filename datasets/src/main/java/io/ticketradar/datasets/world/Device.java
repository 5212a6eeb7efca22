package io.ticketradar.datasets.world;

import java.time.LocalDate;
import java.util.Set;

/**
 * A module in a customer's vehicle. The first 4 characters of the SN name its production batch.
 *
 * @param firmware      the version it shipped with (patches may replace it later, see the patterns)
 * @param modifications what the customer changed on the vehicle; the maker does not know it (not in master data)
 */
public record Device(
        String sn,
        Catalogue.Product product,
        String batch,
        LocalDate productionDate,
        String firmware,
        Customer customer,
        Set<String> modifications) {}
