package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.truth.GenerationListener;
import io.ticketradar.datasets.truth.RecordNote;
import io.ticketradar.datasets.world.Catalogue;
import io.ticketradar.datasets.world.Device;
import io.ticketradar.datasets.world.Engineer;
import io.ticketradar.datasets.world.World;
import io.ticketradar.events.CatalogueKind;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.TechnicalDomain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tenant's master data on the master-data topic: its catalogues (fault codes, symptoms, parts, product models) as
 * CODE_DEFINED events, its engineers as ENGINEER_REGISTERED, its depots' stock levels as PART_STOCKED and every device
 * of the world as DEVICE_REGISTERED at the data's first instant; a new site's devices when it opens, a device again
 * whenever the firmware the maker knows for it changes, and stock levels again when a part runs out or is restocked
 * ({@link StockOuts}). Event ids are {@code code-<tenant>-<kind>-<code>}, {@code eng-<tenant>-<id>},
 * {@code stock-<tenant>-<part>-<depot>-<n>} and {@code dev-<sn>-<n>}, n counting from 1.
 */
final class MasterDataEmitter {
    private final String tenantId;
    private final TenantTimeline timeline;
    private final Instant start;
    private final WireWriter writer;
    private final List<FirmwareHistory.Change> changes;
    private final StockOuts stockOuts;
    /** part and depot -> levels sent so far. */
    private final Map<String, Integer> levelsSent = new HashMap<>();
    /** device SN -> registrations sent so far. */
    private final Map<String, Integer> sent = new HashMap<>();
    /** SN of a new site's device -> when the site opens (the others are known from the start). */
    private final Map<String, Instant> knownFrom = new HashMap<>();

    private int nextChange;

    MasterDataEmitter(String tenantId, TenantTimeline timeline, ZoneId zone, Instant start, long seed) {
        this.tenantId = tenantId;
        this.timeline = timeline;
        this.start = start;
        this.writer = new WireWriter(zone);
        this.changes = timeline.firmware().changes();
        this.stockOuts = new StockOuts(timeline.world(), seed, zone, LocalDate.ofInstant(start, zone));
        timeline.newSites()
                .forEach(site -> site.opening().devices().forEach(d -> knownFrom.put(d.sn(), site.opensAt())));
    }

    /** What falls in [from, to), in time order: registrations before the firmware changes of the same instant. */
    void emit(Instant from, Instant to, Emitter.Sink sink, GenerationListener listener) {
        if (!start.isBefore(from) && start.isBefore(to)) {
            catalogue(sink);
            timeline.world().engineers().forEach(e -> engineer(e, sink));
            timeline.world().partsStock().forEach(level -> stock(level, start, sink));
            timeline.world().devices().forEach(d -> register(d, start, sink, listener));
        }
        stockOuts.between(from, to).forEach(change -> stock(change.level(), change.at(), sink));
        for (NewSiteDecoy site : timeline.newSites()) {
            Instant opens = site.opensAt();
            if (!opens.isBefore(from) && opens.isBefore(to)) {
                site.opening().devices().forEach(d -> register(d, opens, sink, listener));
            }
        }
        while (nextChange < changes.size() && changes.get(nextChange).at().isBefore(to)) {
            FirmwareHistory.Change change = changes.get(nextChange++);
            // A change until the device is registered is in the firmware it is registered with.
            if (change.at().isAfter(knownFrom.getOrDefault(change.device().sn(), start))) {
                register(change.device(), change.at(), sink, listener);
            }
        }
    }

    /** What the maker calls its codes, so that descriptions of patterns name them as people do. */
    private void catalogue(Emitter.Sink sink) {
        Catalogue catalogue = timeline.world().catalogue();
        catalogue.faults().forEach(f -> define(CatalogueKind.FAULT, f.code(), f.zh(), f.en(), f.domain(), sink));
        catalogue.symptoms().forEach(s -> define(CatalogueKind.SYMPTOM, s.code(), s.zh(), s.en(), null, sink));
        catalogue.parts().forEach(p -> define(CatalogueKind.PART, p.partNo(), p.zh(), p.en(), null, sink));
        catalogue.products().forEach(p -> define(CatalogueKind.PRODUCT, p.code(), p.zh(), p.en(), null, sink));
    }

    private void define(
            CatalogueKind kind, String code, String zh, String en, TechnicalDomain domain, Emitter.Sink sink) {
        String eventId = "code-" + tenantId + "-" + kind.wire() + "-" + code;
        masterRecord(eventId, new EventBody.CodeDefined(kind, code, zh, en, domain), start, sink);
    }

    /** Whom dispatch may send: the world's people, with the team, skills and region the tickets are worked by. */
    private void engineer(Engineer engineer, Emitter.Sink sink) {
        String eventId = "eng-" + tenantId + "-" + engineer.engineerId();
        EventBody.EngineerRegistered body = new EventBody.EngineerRegistered(
                engineer.engineerId(),
                engineer.team().id(),
                engineer.skills(),
                engineer.region().zh());
        masterRecord(eventId, body, start, sink);
    }

    private void stock(World.StockLevel level, Instant at, Emitter.Sink sink) {
        String key =
                "stock-" + tenantId + "-" + level.partNo() + "-" + level.depot().id();
        int n = levelsSent.merge(key, 1, Integer::sum);
        EventBody.PartStocked body = new EventBody.PartStocked(
                level.partNo(),
                level.depot().id(),
                level.quantity(),
                level.depot().region() == null ? null : level.depot().region().zh());
        masterRecord(key + "-" + n, body, at, sink);
    }

    /** A record of no ticket and no device: keyed by its event id, as {@code Event.partitionKey()} says. */
    private void masterRecord(String eventId, EventBody body, Instant at, Emitter.Sink sink) {
        byte[] value = writer.write(eventId, tenantId, null, at, body);
        sink.accept(new Emitter.Pending(
                new GeneratedRecord(body.type().topic(), eventId, value, at, at), RecordNote.clean(eventId)));
    }

    private void register(Device device, Instant at, Emitter.Sink sink, GenerationListener listener) {
        int n = sent.merge(device.sn(), 1, Integer::sum);
        String eventId = "dev-" + device.sn() + "-" + n;
        EventBody.DeviceRegistered body = new EventBody.DeviceRegistered(
                device.sn(),
                device.product().code(),
                device.batch(),
                device.productionDate().toString(),
                timeline.firmware().at(device, at),
                device.customer().customerId(),
                device.customer().site().siteId());
        byte[] value = writer.write(eventId, tenantId, null, at, body);
        listener.device(tenantId, body, at, n);
        sink.accept(new Emitter.Pending(
                new GeneratedRecord(body.type().topic(), device.sn(), value, at, at), RecordNote.clean(eventId)));
    }
}
