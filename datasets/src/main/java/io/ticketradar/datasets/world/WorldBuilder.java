package io.ticketradar.datasets.world;

import io.ticketradar.datasets.Rng;
import io.ticketradar.events.Stage;
import io.ticketradar.events.TechnicalDomain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Builds a tenant's {@link World} from the catalogue, deterministically from a seed. */
public final class WorldBuilder {
    /** Devices in the field were produced over the three years before the data starts. */
    private static final int PRODUCTION_YEARS = 3;

    private final Catalogue catalogue;
    private final WorldSize size;

    public WorldBuilder(Catalogue catalogue, WorldSize size) {
        this.catalogue = catalogue;
        this.size = size;
    }

    public World build(Tenant tenant, long seed, LocalDate start, int ticketsPerDay) {
        Rng rng = new Rng(Rng.derive(seed, "world", tenant.id()));
        Map<Catalogue.City, Double> cityWeights = cityWeights();
        List<Site> sites = sites(rng, cityWeights);
        List<Engineer> engineers = engineers(rng);
        Map<Catalogue.TeamSpec, List<Engineer>> members = new LinkedHashMap<>();
        catalogue.teams().forEach(t -> members.put(t, new ArrayList<>()));
        engineers.forEach(e -> members.get(e.team()).add(e));

        List<Customer> customers = new ArrayList<>();
        List<Device> devices = new ArrayList<>();
        Map<Catalogue.City, List<Device>> byCity = new LinkedHashMap<>();
        long salt = snSalt(seed, tenant);
        int wanted = Math.max(50, ticketsPerDay * size.devicesPerDailyTicket());
        while (devices.size() < wanted) {
            Customer customer = customer(rng, customers.size() + 1, cityWeights, sites);
            customers.add(customer);
            int count = devicesOf(rng, customer);
            for (int i = 0; i < count; i++) {
                Device device = device(rng, customer, start, devices.size(), salt);
                customer.add(device);
                devices.add(device);
                byCity.computeIfAbsent(customer.site().city(), c -> new ArrayList<>())
                        .add(device);
            }
        }
        return new World(
                tenant,
                catalogue,
                new Climate(Rng.derive(seed, "climate")),
                List.copyOf(sites),
                List.copyOf(engineers),
                members,
                List.copyOf(customers),
                List.copyOf(devices),
                stock(rng),
                byCity);
    }

    /**
     * A site opening in a region after the start, with customers of its own owning {@code deviceCount} devices
     * drawn like the world's. Ids and SNs continue the world's (and the sites opened before, {@code opened}), so
     * nothing collides.
     *
     * @param cityZh the city, or null for the region's busiest
     */
    public OpeningSite openSite(
            World world,
            List<OpeningSite> opened,
            Region region,
            String cityZh,
            Site.Kind kind,
            int deviceCount,
            long seed,
            String decoyId,
            LocalDate start) {
        Rng rng = new Rng(Rng.derive(seed, "opening-site", world.tenant().id(), decoyId));
        Catalogue.City city = catalogue.cities().stream()
                .filter(c -> c.region() == region && (cityZh == null || c.zh().equals(cityZh)))
                .max(Comparator.comparingDouble(Catalogue.City::weight))
                .orElseThrow(() -> new IllegalArgumentException("decoy " + decoyId + ": no city "
                        + (cityZh == null ? "" : cityZh + " ") + "in " + region.zh()));
        long sameKind = world.sites().stream().filter(s -> s.kind() == kind).count()
                + opened.stream().filter(o -> o.site().kind() == kind).count();
        long inCity = world.sites().stream().filter(s -> s.city() == city).count()
                + opened.stream().filter(o -> o.site().city() == city).count();
        String district = rng.pick(city.districts());
        Site site = new Site(
                (kind == Site.Kind.DEALER_SHOP ? "S-4S-" : "S-RS-") + "%03d".formatted(sameKind + 1),
                city.zh() + district + (inCity + 1) + "号" + kind.zh(),
                kind,
                region,
                city,
                district);
        int customersBefore = world.customers().size()
                + opened.stream().mapToInt(o -> o.customers().size()).sum();
        int devicesBefore = world.devices().size()
                + opened.stream().mapToInt(o -> o.devices().size()).sum();
        long salt = snSalt(seed, world.tenant());
        List<Customer> customers = new ArrayList<>();
        List<Device> devices = new ArrayList<>();
        while (devices.size() < deviceCount) {
            Customer customer = customer(rng, customersBefore + customers.size() + 1, site);
            customers.add(customer);
            int count = devicesOf(rng, customer);
            for (int i = 0; i < count; i++) {
                Device device = device(rng, customer, start, devicesBefore + devices.size(), salt);
                customer.add(device);
                devices.add(device);
            }
        }
        return new OpeningSite(site, List.copyOf(customers), List.copyOf(devices));
    }

    private static long snSalt(long seed, Tenant tenant) {
        return Math.floorMod(Rng.derive(seed, "sn", tenant.id()), 100_000_000L);
    }

    private int devicesOf(Rng rng, Customer customer) {
        return Math.max(1, (int) Math.round(rng.logNormal(kind(customer.kind()).devicesMedian(), 0.6)));
    }

    /** Weight of a city = its region's weight, split among the region's cities by their own weights. */
    private Map<Catalogue.City, Double> cityWeights() {
        Map<Region, Double> regionTotals = new HashMap<>();
        catalogue.cities().forEach(c -> regionTotals.merge(c.region(), c.weight(), Double::sum));
        Map<Catalogue.City, Double> weights = new LinkedHashMap<>();
        for (Catalogue.City city : catalogue.cities()) {
            weights.put(
                    city,
                    catalogue.regionWeights().get(city.region()) * city.weight() / regionTotals.get(city.region()));
        }
        return weights;
    }

    private List<Site> sites(Rng rng, Map<Catalogue.City, Double> cityWeights) {
        List<Site> sites = new ArrayList<>();
        Map<String, Integer> sameName = new HashMap<>();
        for (Site.Kind kind : Site.Kind.values()) {
            int count = kind == Site.Kind.DEALER_SHOP ? size.dealerShops() : size.repairStations();
            String prefix = kind == Site.Kind.DEALER_SHOP ? "S-4S-" : "S-RS-";
            for (int i = 1; i <= count; i++) {
                // Every city gets a dealer shop before any gets a second, so no city is without service.
                Catalogue.City city =
                        kind == Site.Kind.DEALER_SHOP && i <= catalogue.cities().size()
                                ? catalogue.cities().get(i - 1)
                                : rng.weighted(cityWeights);
                String district = rng.pick(city.districts());
                String base = city.zh() + district + kind.zh();
                int n = sameName.merge(base, 1, Integer::sum);
                String name = n == 1 ? base : city.zh() + district + n + "号" + kind.zh();
                sites.add(new Site(prefix + "%03d".formatted(i), name, kind, city.region(), city, district));
            }
        }
        return sites;
    }

    private List<Engineer> engineers(Rng rng) {
        List<Engineer> engineers = new ArrayList<>();
        for (Catalogue.TeamSpec team : catalogue.teams()) {
            for (int i = 0; i < team.size(); i++) {
                String id = "E-%04d".formatted(engineers.size() + 1);
                String name = rng.pick(catalogue.names().surnames())
                        + rng.pick(catalogue.names().given());
                engineers.add(new Engineer(
                        id, name, team, skills(rng, team), team.region() == null ? Region.EAST : team.region()));
            }
        }
        return engineers;
    }

    private List<String> skills(Rng rng, Catalogue.TeamSpec team) {
        Set<String> skills = new LinkedHashSet<>();
        if (team.domain() != null) {
            skills.add(team.domain().name());
        }
        if (team.stage() == Stage.FIELD || team.stage() == Stage.TECH) {
            if (team.stage() == Stage.FIELD) {
                skills.add(rng.pick(List.of(TechnicalDomain.values())).name());
            }
            int extra = rng.between(1, 2);
            for (int i = 0; i < extra; i++) {
                skills.add(rng.pick(catalogue.extraSkills()));
            }
        }
        return List.copyOf(skills);
    }

    private Customer customer(Rng rng, int number, Map<Catalogue.City, Double> cityWeights, List<Site> sites) {
        Catalogue.City city = rng.weighted(cityWeights);
        List<Site> local = sites.stream().filter(s -> s.city() == city).toList();
        Site site = local.isEmpty()
                ? rng.pick(
                        sites.stream().filter(s -> s.region() == city.region()).toList())
                : rng.pick(local);
        return customer(rng, number, site);
    }

    private Customer customer(Rng rng, int number, Site site) {
        Map<String, Double> kinds = new LinkedHashMap<>();
        catalogue.customerKinds().forEach(k -> kinds.put(k.kind(), k.weight()));
        String phone = "1" + rng.pick(List.of("3", "5", "7", "8", "9")) + "%09d".formatted(rng.nextInt(1_000_000_000));
        return new Customer("C-%06d".formatted(number), rng.weighted(kinds), phone, site);
    }

    private Catalogue.CustomerKind kind(String kind) {
        return catalogue.customerKinds().stream()
                .filter(k -> k.kind().equals(kind))
                .findFirst()
                .orElseThrow();
    }

    private Device device(Rng rng, Customer customer, LocalDate start, int index, long salt) {
        Map<Catalogue.Product, Double> shares = new LinkedHashMap<>();
        catalogue.products().forEach(p -> shares.put(p, p.installedShare()));
        Catalogue.Product product = rng.weighted(shares);
        double age = rng.uniform();
        LocalDate produced = start.minusDays(1 + (long) (age * PRODUCTION_YEARS * 365));
        // Batch: year, production line, month (1-9, A-C): the first 4 characters of the SN.
        String batch = "%02d%c%s"
                .formatted(
                        produced.getYear() % 100,
                        (char) ('A' + rng.nextInt(4)),
                        Integer.toString(produced.getMonthValue(), 36).toUpperCase(Locale.ROOT));
        // index * an odd prime not dividing 10^8 is a bijection on 8 digits: SNs never collide within a tenant.
        String sn = batch + "%08d".formatted(Math.floorMod((index + 1L) * 7_919L + salt, 100_000_000L));
        Set<String> modifications = new LinkedHashSet<>();
        for (Catalogue.Modification m : catalogue.modifications()) {
            if (m.products().contains(product.code()) && rng.chance(m.share())) {
                modifications.add(m.code());
            }
        }
        return new Device(
                sn, product, batch, produced, shippedFirmware(product, 1 - age), customer, Set.copyOf(modifications));
    }

    /** Newer devices ship newer firmware: versions are listed oldest first, each covering its share of production. */
    private static String shippedFirmware(Catalogue.Product product, double productionQuantile) {
        double cumulative = 0;
        String version = null;
        for (Map.Entry<String, Double> e : product.firmware().entrySet()) {
            version = e.getKey();
            cumulative += e.getValue();
            if (productionQuantile < cumulative) {
                break;
            }
        }
        return version;
    }

    private List<World.StockLevel> stock(Rng rng) {
        List<World.StockLevel> stock = new ArrayList<>();
        for (Catalogue.TeamSpec depot :
                catalogue.teams().stream().filter(t -> t.stage() == Stage.PARTS).toList()) {
            for (Catalogue.Part part : catalogue.parts()) {
                // A few parts are out of stock somewhere: dispatch has to notice (DOMAIN.md §7, rule 5).
                int quantity = rng.chance(0.06) ? 0 : rng.poisson(depot.region() == null ? 40 : 12);
                stock.add(new World.StockLevel(part.partNo(), depot, quantity));
            }
        }
        return List.copyOf(stock);
    }
}
