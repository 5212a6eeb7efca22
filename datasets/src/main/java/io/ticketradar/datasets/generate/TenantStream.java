package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.Rng;
import io.ticketradar.datasets.scenario.Scenario;
import io.ticketradar.datasets.truth.GenerationListener;
import io.ticketradar.datasets.world.Device;
import io.ticketradar.datasets.world.World;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * One tenant's data, a day at a time: the day's device master data, its new issues (as the seasons and
 * the sites opened so far make them) plus follow-ups that fall on it (duplicates filed again by the
 * customer, faults that come back), each told in full and emitted. Keeps only what the future needs:
 * pending follow-ups and each device's last ticket per fault.
 */
final class TenantStream {
    private static final Duration RECURRENCE_WINDOW = Duration.ofDays(30);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final World world;
    private final Scenario scenario;
    private final ZoneId zone;
    private final long seed;
    private final TenantTimeline timeline;
    /** New issues a day on an ordinary day (follow-ups come on top). */
    private final double newIssuesPerDay;

    private final TicketFactory factory;
    private final Lifecycle lifecycle;
    private final Emitter emitter;
    private final MasterDataEmitter masterData;
    private final PriorityQueue<TicketSeed> seeds =
            new PriorityQueue<>(Comparator.comparing(TicketSeed::createdAt).thenComparingLong(TicketSeed::order));
    /** device SN -> fault code -> creation of its last ticket. */
    private final Map<String, Map<String, Instant>> lastTicket = new HashMap<>();

    private long seedOrder;

    TenantStream(TenantTimeline timeline, ServiceModel model, PatternBook patterns, GeneratorSettings settings) {
        this.timeline = timeline;
        this.world = timeline.world();
        this.scenario = settings.scenario();
        this.zone = settings.zone();
        this.seed = Rng.derive(settings.seed(), "tenant", world.tenant().id());
        Scenario.Duplicates duplicates = scenario.duplicates();
        // Follow-ups come on top of new issues: scale new issues so the total matches the configured rate.
        double followUps = duplicates.share() * (duplicates.groupSize() - 1)
                + scenario.recurrence().share();
        this.newIssuesPerDay = settings.ticketsPerDay() / (1 + followUps);
        this.factory = new TicketFactory(world, scenario.tickets(), patterns);
        this.lifecycle = new Lifecycle(world, model, patterns, zone);
        this.emitter = new Emitter(world.tenant().id(), scenario, zone);
        this.masterData =
                new MasterDataEmitter(world.tenant().id(), timeline, zone, settings.startInstant(), settings.seed());
    }

    World world() {
        return world;
    }

    void generate(LocalDate day, Emitter.Sink sink, GenerationListener listener) {
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
        masterData.emit(dayStart, dayEnd, sink, listener);
        arrive(day, dayStart.plus(Duration.ofHours(12)));
        String prefix = world.tenant().code() + "-" + DAY.format(day) + "-";
        int number = 0;
        while (!seeds.isEmpty() && seeds.peek().createdAt().isBefore(dayEnd)) {
            TicketSeed ticketSeed = seeds.poll();
            String ticketId = prefix + "%05d".formatted(++number);
            Rng rng = new Rng(Rng.derive(seed, ticketId));
            TicketSpec spec = factory.create(ticketSeed, ticketId, rng);
            TicketStory story = lifecycle.tell(spec, repeatFault(spec), rng);
            lastTicket
                    .computeIfAbsent(spec.device().sn(), sn -> new HashMap<>())
                    .put(spec.fault().code(), spec.createdAt());
            followUps(story, rng);
            listener.ticket(story.truth());
            emitter.emit(story, rng, sink);
        }
    }

    /** The day's new issues: of the established sites as the seasons scale them, and of the sites opened since. */
    private void arrive(LocalDate day, Instant noon) {
        Rng dayRng = new Rng(Rng.derive(seed, "day", day.toEpochDay()));
        TenantTimeline.Arrivals established = timeline.arrivals(noon);
        for (Instant at : ArrivalProcess.arrivals(day, zone, newIssuesPerDay * established.rate(), dayRng)) {
            seeds.add(TicketSeed.fresh(at, timeline.pick(established, dayRng), seedOrder++));
        }
        double perDevice = newIssuesPerDay / world.devices().size();
        for (NewSiteDecoy site : timeline.newSites()) {
            double level = site.level(noon);
            if (level > 0) {
                List<Device> devices = site.opening().devices();
                Rng siteRng = new Rng(Rng.derive(seed, "site", site.spec().id(), day.toEpochDay()));
                double mean = perDevice
                        * devices.size()
                        * level
                        * timeline.rateFactor(site.opening().site().region(), noon);
                for (Instant at : ArrivalProcess.arrivals(day, zone, mean, siteRng)) {
                    seeds.add(TicketSeed.fresh(at, siteRng.pick(devices), seedOrder++));
                }
            }
        }
    }

    private boolean repeatFault(TicketSpec spec) {
        Instant previous = lastTicket
                .getOrDefault(spec.device().sn(), Map.of())
                .get(spec.fault().code());
        return previous != null && !previous.isBefore(spec.createdAt().minus(RECURRENCE_WINDOW));
    }

    /** The customer files the same trouble again (a duplicate group), or the fault comes back later. */
    private void followUps(TicketStory story, Rng rng) {
        TicketSpec spec = story.spec();
        Scenario.Duplicates duplicates = scenario.duplicates();
        if (spec.seed().kind() == TicketSeed.Kind.NEW && rng.chance(duplicates.share())) {
            List<Instant> times = new ArrayList<>();
            for (int i = 1; i < duplicates.groupSize(); i++) {
                times.add(spec.createdAt().plusSeconds((long) (3600 * rng.uniform(1, duplicates.withinHours()))));
            }
            times.sort(null);
            for (Instant at : times) {
                seeds.add(new TicketSeed(
                        at,
                        TicketSeed.Kind.DUPLICATE,
                        spec.device(),
                        spec.fault().code(),
                        spec.symptoms(),
                        spec.ticketId(),
                        spec.pattern(),
                        seedOrder++));
            }
        }
        if (story.recurrenceAt() != null) {
            seeds.add(new TicketSeed(
                    story.recurrenceAt(),
                    TicketSeed.Kind.RECURRENCE,
                    spec.device(),
                    spec.fault().code(),
                    List.of(),
                    spec.ticketId(),
                    spec.pattern(),
                    seedOrder++));
        }
    }
}
