package io.ticketradar.datasets.world;

import io.ticketradar.events.Stage;
import io.ticketradar.events.TechnicalDomain;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One tenant's master data: sites, teams and engineers, customers and their devices, parts stock,
 * plus the climate they live in. Built once per tenant by {@link WorldBuilder}; read-only afterwards.
 */
public record World(
        Tenant tenant,
        Catalogue catalogue,
        Climate climate,
        List<Site> sites,
        List<Engineer> engineers,
        Map<Catalogue.TeamSpec, List<Engineer>> membersByTeam,
        List<Customer> customers,
        List<Device> devices,
        List<StockLevel> partsStock,
        Map<Catalogue.City, List<Device>> devicesByCity) {

    /** How many of a part a depot (a PARTS team) holds. */
    public record StockLevel(String partNo, Catalogue.TeamSpec depot, int quantity) {}

    public List<Catalogue.TeamSpec> teams(Stage stage) {
        return catalogue.teams().stream().filter(t -> t.stage() == stage).toList();
    }

    public List<Engineer> members(Catalogue.TeamSpec team) {
        return membersByTeam.get(team);
    }

    /** The technical group that owns a domain. */
    public Catalogue.TeamSpec techTeam(TechnicalDomain domain) {
        return teams(Stage.TECH).stream()
                .filter(t -> t.domain() == domain)
                .findFirst()
                .orElseThrow();
    }

    /** Field teams of a region; regions without one are served by all. */
    public List<Catalogue.TeamSpec> fieldTeams(Region region) {
        List<Catalogue.TeamSpec> own =
                teams(Stage.FIELD).stream().filter(t -> t.region() == region).toList();
        return own.isEmpty() ? teams(Stage.FIELD) : own;
    }

    /** The region's parts depot, else the central one. */
    public Catalogue.TeamSpec partsDepot(Region region) {
        List<Catalogue.TeamSpec> depots = teams(Stage.PARTS);
        return depots.stream()
                .filter(t -> t.region() == region)
                .findFirst()
                .orElseGet(() -> depots.stream()
                        .filter(t -> t.region() == null)
                        .findFirst()
                        .orElse(depots.getFirst()));
    }

    /** Devices in a city that match, in a stable order. */
    public List<Device> devicesIn(Catalogue.City city, Predicate<Device> filter) {
        return devicesByCity.getOrDefault(city, List.of()).stream()
                .filter(filter)
                .toList();
    }
}
