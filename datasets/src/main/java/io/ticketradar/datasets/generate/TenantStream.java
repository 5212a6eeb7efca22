package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.Rng;
import io.ticketradar.datasets.scenario.Scenario;
import io.ticketradar.datasets.truth.GenerationListener;
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
 * One tenant's tickets, a day at a time: the day's new issues plus follow-ups that fall on it
 * (duplicates filed again by the customer, faults that come back), each told in full and emitted.
 * Keeps only what the future needs: pending follow-ups and each device's last ticket per fault.
 */
final class TenantStream {
    private static final Duration RECURRENCE_WINDOW = Duration.ofDays(30);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final World world;
    private final Scenario scenario;
    private final ZoneId zone;
    private final long seed;
    private final ArrivalProcess arrivals;
    private final TicketFactory factory;
    private final Lifecycle lifecycle;
    private final Emitter emitter;
    private final PriorityQueue<TicketSeed> seeds =
            new PriorityQueue<>(Comparator.comparing(TicketSeed::createdAt).thenComparingLong(TicketSeed::order));
    /** device SN -> fault code -> creation of its last ticket. */
    private final Map<String, Map<String, Instant>> lastTicket = new HashMap<>();

    private long seedOrder;

    TenantStream(World world, ServiceModel model, PatternBook patterns, GeneratorSettings settings) {
        this.world = world;
        this.scenario = settings.scenario();
        this.zone = settings.zone();
        this.seed = Rng.derive(settings.seed(), "tenant", world.tenant().id());
        Scenario.Duplicates duplicates = scenario.duplicates();
        // Follow-ups come on top of new issues: scale new issues so the total matches the configured rate.
        double followUps = duplicates.share() * (duplicates.groupSize() - 1)
                + scenario.recurrence().share();
        this.arrivals = new ArrivalProcess(settings.ticketsPerDay() / (1 + followUps));
        this.factory = new TicketFactory(world, scenario.tickets(), patterns);
        this.lifecycle = new Lifecycle(world, model, patterns, zone);
        this.emitter = new Emitter(world.tenant().id(), scenario, zone);
    }

    World world() {
        return world;
    }

    void generate(LocalDate day, Emitter.Sink sink, GenerationListener listener) {
        Rng dayRng = new Rng(Rng.derive(seed, "day", day.toEpochDay()));
        for (Instant at : arrivals.arrivals(day, zone, dayRng)) {
            seeds.add(TicketSeed.fresh(at, seedOrder++));
        }
        Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
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
