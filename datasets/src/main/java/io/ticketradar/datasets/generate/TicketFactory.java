package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.Rng;
import io.ticketradar.datasets.scenario.Scenario;
import io.ticketradar.datasets.world.Catalogue;
import io.ticketradar.datasets.world.Device;
import io.ticketradar.datasets.world.World;
import io.ticketradar.events.Channel;
import io.ticketradar.events.Priority;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a {@link TicketSeed} into a {@link TicketSpec}: the device, the fault, the symptoms and the words. */
final class TicketFactory {
    /** The fault shows up to a few hours before someone files the ticket. */
    private static final double FAILURE_LEAD_MEDIAN_H = 1.5;

    private static final double FAILURE_LEAD_MAX_H = 12;
    private static final double STRAY_SYMPTOM_SHARE = 0.08;
    private static final double DEALER_FAULT_CODE_FACTOR = 2.5;

    private final World world;
    private final Scenario.Tickets tickets;
    private final PatternBook patterns;
    private final Descriptions descriptions;
    private final Map<Priority, Double> priorityMix = new LinkedHashMap<>();
    private final Map<Channel, Double> channelMix = new LinkedHashMap<>();

    TicketFactory(World world, Scenario.Tickets tickets, PatternBook patterns) {
        this.world = world;
        this.tickets = tickets;
        this.patterns = patterns;
        this.descriptions = new Descriptions(world.catalogue());
        tickets.priorityMix().forEach((p, w) -> priorityMix.put(Priority.valueOf(p), w));
        tickets.channelMix().forEach((c, w) -> channelMix.put(Channel.valueOf(c.toUpperCase(Locale.ROOT)), w));
    }

    TicketSpec create(TicketSeed seed, String ticketId, Rng rng) {
        Instant created = seed.createdAt();
        Device device = seed.device();
        Catalogue.City city = device.customer().site().city();
        Instant failedAt = created.minusSeconds(
                (long) (3600 * Math.min(FAILURE_LEAD_MAX_H, rng.logNormal(FAILURE_LEAD_MEDIAN_H, 0.8))));
        double ambient = world.climate().temperatureC(city, failedAt);

        ActivePattern pattern = null;
        Catalogue.Fault fault;
        List<String> symptoms;
        if (seed.kind() == TicketSeed.Kind.NEW) {
            PatternBook.Hit hit = patterns.match(created, device, ambient, rng);
            if (hit != null) {
                pattern = hit.pattern();
                device = hit.device();
                fault = pattern.fault();
                symptoms = chooseSymptoms(pattern.spec().symptoms(), rng);
            } else {
                fault = world.catalogue().fault(rng.weighted(device.product().faults()));
                symptoms = chooseSymptoms(fault.symptoms(), rng);
            }
        } else {
            pattern = seed.pattern();
            fault = world.catalogue().fault(seed.faultCode());
            symptoms = seed.kind() == TicketSeed.Kind.DUPLICATE
                    ? overlapping(seed.symptoms(), rng)
                    : chooseSymptoms(fault.symptoms(), rng);
        }
        boolean english = rng.chance(tickets.englishShare());
        List<String> causes = pattern != null && rng.chance(pattern.spec().mentionShare())
                ? (english ? pattern.spec().phrasesEn() : pattern.spec().phrasesZh())
                : List.of();
        String description = descriptions.write(rng, english, device.product(), symptoms, causes, ambient);
        Channel channel = rng.weighted(channelMix);
        double knownShare =
                tickets.faultCodeKnown() * (channel == Channel.DEALER_PORTAL ? DEALER_FAULT_CODE_FACTOR : 1);
        return new TicketSpec(
                ticketId,
                created,
                seed,
                device,
                fault,
                pattern,
                symptoms,
                rng.weighted(priorityMix),
                channel,
                description,
                rng.chance(knownShare),
                ambient,
                rng.chance(tickets.ambientReported()) ? ambient : null);
    }

    /** The first (most telling) symptom always, each other one by a coin, now and then an unrelated one. */
    private List<String> chooseSymptoms(List<String> typical, Rng rng) {
        List<String> chosen = new ArrayList<>();
        chosen.add(typical.getFirst());
        for (String code : typical.subList(1, typical.size())) {
            if (rng.chance(0.5)) {
                chosen.add(code);
            }
        }
        if (rng.chance(STRAY_SYMPTOM_SHARE)) {
            String stray = rng.pick(world.catalogue().symptoms()).code();
            if (!chosen.contains(stray)) {
                chosen.add(stray);
            }
        }
        return List.copyOf(chosen);
    }

    /** A duplicate describes the same trouble, not in the same words: at least one symptom in common. */
    private List<String> overlapping(List<String> original, Rng rng) {
        List<String> chosen = new ArrayList<>();
        chosen.add(rng.pick(original));
        for (String code : original) {
            if (!chosen.contains(code) && rng.chance(0.5)) {
                chosen.add(code);
            }
        }
        return List.copyOf(chosen);
    }
}
