package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.truth.GenerationListener;
import io.ticketradar.datasets.truth.RecordNote;
import io.ticketradar.datasets.world.Catalogue;
import io.ticketradar.datasets.world.Device;
import io.ticketradar.events.CatalogueKind;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.TechnicalDomain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tenant's master data on the master-data topic: its catalogues (fault codes, symptoms, parts, product models) as
 * CODE_DEFINED events and every device of the world as DEVICE_REGISTERED at the data's first instant, a new site's
 * devices when it opens, and a device again whenever the firmware the maker knows for it changes. Event ids are
 * {@code code-<tenant>-<kind>-<code>} and {@code dev-<sn>-<n>}, n counting the device's registrations from 1.
 */
final class MasterDataEmitter {
    private final String tenantId;
    private final TenantTimeline timeline;
    private final Instant start;
    private final WireWriter writer;
    private final List<FirmwareHistory.Change> changes;
    /** device SN -> registrations sent so far. */
    private final Map<String, Integer> sent = new HashMap<>();
    /** SN of a new site's device -> when the site opens (the others are known from the start). */
    private final Map<String, Instant> knownFrom = new HashMap<>();

    private int nextChange;

    MasterDataEmitter(String tenantId, TenantTimeline timeline, ZoneId zone, Instant start) {
        this.tenantId = tenantId;
        this.timeline = timeline;
        this.start = start;
        this.writer = new WireWriter(zone);
        this.changes = timeline.firmware().changes();
        timeline.newSites()
                .forEach(site -> site.opening().devices().forEach(d -> knownFrom.put(d.sn(), site.opensAt())));
    }

    /** What falls in [from, to), in time order: registrations before the firmware changes of the same instant. */
    void emit(Instant from, Instant to, Emitter.Sink sink, GenerationListener listener) {
        if (!start.isBefore(from) && start.isBefore(to)) {
            catalogue(sink);
            timeline.world().devices().forEach(d -> register(d, start, sink, listener));
        }
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
        EventBody.CodeDefined body = new EventBody.CodeDefined(kind, code, zh, en, domain);
        byte[] value = writer.write(eventId, tenantId, null, start, body);
        sink.accept(new Emitter.Pending(
                new GeneratedRecord(body.type().topic(), eventId, value, start, start), RecordNote.clean(eventId)));
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
