package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.truth.GenerationListener;
import io.ticketradar.datasets.world.Catalogue;
import io.ticketradar.datasets.world.Tenant;
import io.ticketradar.datasets.world.World;
import io.ticketradar.datasets.world.WorldBuilder;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The synthetic data generator: the tenants' worlds and, on demand, the stream of their device master data,
 * ticket and repair events (with late, bad and duplicated records as the scenario asks), in the order they
 * reach Kafka. Same settings, same records, byte for byte. Each call to {@link #records} starts afresh.
 *
 * <pre>{@code
 * var generator = new DataGenerator(GeneratorSettings.demo(Clock.systemUTC(), 7));
 * Iterator<GeneratedRecord> live = generator.records();   // endless, lazily produced
 * }</pre>
 */
public final class DataGenerator {
    private final GeneratorSettings settings;
    private final List<World> worlds;
    private final List<ActivePattern> patterns;
    private final List<TenantTimeline> timelines;
    private final ServiceModel model;

    public DataGenerator(GeneratorSettings settings) {
        this(settings, Catalogue.standard());
    }

    public DataGenerator(GeneratorSettings settings, Catalogue catalogue) {
        this.settings = settings;
        WorldBuilder builder =
                new WorldBuilder(catalogue, settings.scenario().world().size());
        this.worlds = Tenant.of(settings.tenantIds()).stream()
                .map(t -> builder.build(t, settings.seed(), settings.start(), settings.ticketsPerDay()))
                .toList();
        this.patterns = settings.scenario().patterns().stream()
                .map(p -> new ActivePattern(p, catalogue, settings.start(), settings.zone(), settings.seed()))
                .toList();
        this.timelines = worlds.stream()
                .map(w -> new TenantTimeline(w, settings, patterns, builder))
                .toList();
        this.model = new ServiceModel(settings.scenario(), catalogue);
    }

    public GeneratorSettings settings() {
        return settings;
    }

    /** Master data of each tenant, in the order of the settings' tenant ids. */
    public List<World> worlds() {
        return worlds;
    }

    /** The scenario's patterns placed in time (onsets, patches). */
    public List<ActivePattern> patterns() {
        return patterns;
    }

    /** The scenario's decoys placed in a tenant's time and world, in the scenario's order. */
    public List<ActiveDecoy> decoys(String tenantId) {
        return timelines.stream()
                .filter(t -> t.world().tenant().id().equals(tenantId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tenant " + tenantId))
                .decoys();
    }

    /** What the scenario's targets were solved into, for the ground truth. */
    public Map<String, Double> modelParameters() {
        return model.parameters();
    }

    public Iterator<GeneratedRecord> records() {
        return records(GenerationListener.NONE);
    }

    public Iterator<GeneratedRecord> records(GenerationListener listener) {
        List<TenantStream> tenants = timelines.stream()
                .map(timeline -> new TenantStream(timeline, model, new PatternBook(patterns, timeline), settings))
                .toList();
        return new RecordStream(
                tenants,
                settings.start(),
                settings.endless() ? null : settings.start().plusDays(settings.days()),
                settings.zone(),
                listener);
    }

    /** The records as a sequential stream (endless when the settings are). */
    public Stream<GeneratedRecord> stream(GenerationListener listener) {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(records(listener), Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }
}
