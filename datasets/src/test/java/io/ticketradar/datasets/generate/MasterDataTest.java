package io.ticketradar.datasets.generate;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.datasets.scenario.Scenario;
import io.ticketradar.datasets.scenario.Scenarios;
import io.ticketradar.datasets.world.Device;
import io.ticketradar.datasets.world.World;
import io.ticketradar.events.Decoded;
import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.EventType;
import io.ticketradar.events.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Device master data rides in the stream: every device of a tenant's world registered at the first instant,
 * before the tenant's first ticket; a new site's devices when it opens; a device again when its firmware changes;
 * and what the repairs report as firmware is what the master data says at that time.
 */
class MasterDataTest {
    private static final Scenario SCENARIO = Scenarios.load("test/decoy-check");
    private static Generated data;
    private static final List<Event> events = new ArrayList<>();

    @BeforeAll
    static void generate() {
        data = Generated.of(GeneratorSettings.of(2, SCENARIO.startDate(), 20, 40, 23, SCENARIO));
        EventCodec codec = new EventCodec();
        for (int i = 0; i < data.records().size(); i++) {
            GeneratedRecord record = data.records().get(i);
            if (data.notes().get(i).bad() == null) {
                events.add(((Decoded.Valid) codec.decode(record.value())).event());
            } else {
                assertTrue(!Topics.MASTER_DATA.equals(record.topic()), "master data is never spoilt");
                events.add(null);
            }
        }
    }

    @Test
    void everyDeviceIsRegisteredAtTheStartBeforeItsTenantsFirstTicket() {
        EventCodec codec = new EventCodec();
        Instant start = data.generator().settings().startInstant();
        for (World world : data.generator().worlds()) {
            String tenant = world.tenant().id();
            Map<String, EventBody.DeviceRegistered> atStart = new HashMap<>();
            int lastRegistration = -1;
            int firstTicket = Integer.MAX_VALUE;
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                if (e == null || !e.tenantId().equals(tenant)) {
                    continue;
                }
                if (e.type() == EventType.DEVICE_REGISTERED && e.ts().equals(start)) {
                    atStart.put(e.deviceSn(), (EventBody.DeviceRegistered) codec.body(e));
                    lastRegistration = i;
                    assertEquals("dev-" + e.deviceSn() + "-1", e.eventId());
                    assertNull(e.ticketId());
                    assertEquals(e.deviceSn(), data.records().get(i).key());
                    assertEquals(e.ts(), data.records().get(i).publishAt(), "master data is never late");
                } else if (Topics.TICKET_EVENTS.equals(e.topic())) {
                    firstTicket = Math.min(firstTicket, i);
                }
            }
            assertEquals(world.devices().size(), atStart.size(), tenant + ": every device once");
            assertTrue(lastRegistration < firstTicket, tenant + ": registered before the first ticket");
            for (Device device : world.devices()) {
                EventBody.DeviceRegistered r = atStart.get(device.sn());
                assertEquals(device.product().code(), r.productModel());
                assertEquals(device.batch(), r.batch());
                assertEquals(device.productionDate().toString(), r.productionDate());
                assertEquals(device.firmware(), r.firmware(), "as shipped");
                assertEquals(device.customer().customerId(), r.customerId());
                assertEquals(device.customer().site().siteId(), r.siteId());
            }
        }
    }

    @Test
    void aNewSitesDevicesAreRegisteredWhenItOpens() {
        for (World world : data.generator().worlds()) {
            NewSiteDecoy site =
                    (NewSiteDecoy) data.generator().decoys(world.tenant().id()).stream()
                            .filter(NewSiteDecoy.class::isInstance)
                            .findFirst()
                            .orElseThrow();
            Set<String> registered = new HashSet<>();
            for (Event e : events) {
                if (e != null
                        && e.tenantId().equals(world.tenant().id())
                        && e.type() == EventType.DEVICE_REGISTERED
                        && e.ts().equals(site.opensAt())) {
                    registered.add(e.deviceSn());
                }
            }
            Set<String> expected = new HashSet<>();
            site.opening().devices().forEach(d -> expected.add(d.sn()));
            assertEquals(expected, registered);
            assertTrue(world.devices().stream().noneMatch(d -> expected.contains(d.sn())), "SNs do not collide");
        }
    }

    @Test
    void repairsReportTheFirmwareTheMasterDataKnowsAtThatTime() {
        EventCodec codec = new EventCodec();
        // tenant + SN -> ts -> firmware, from the master data
        Map<String, TreeMap<Instant, String>> known = new HashMap<>();
        Set<String> ids = new HashSet<>();
        int changes = 0;
        for (Event e : events) {
            if (e != null && e.type() == EventType.DEVICE_REGISTERED) {
                assertTrue(ids.add(e.tenantId() + "/" + e.eventId()), "unique event ids: " + e.eventId());
                assertTrue(e.eventId().matches("dev-" + e.deviceSn() + "-\\d+"), e.eventId());
                changes += e.eventId().endsWith("-1") ? 0 : 1;
                EventBody.DeviceRegistered r = (EventBody.DeviceRegistered) codec.body(e);
                known.computeIfAbsent(e.tenantId() + "/" + e.deviceSn(), k -> new TreeMap<>())
                        .put(e.ts(), r.firmware());
            }
        }
        int repairs = 0;
        for (Event e : events) {
            if (e != null && codec.body(e) instanceof EventBody.RepairRecorded r) {
                TreeMap<Instant, String> history = known.get(e.tenantId() + "/" + r.deviceSn());
                Map.Entry<Instant, String> then = history.floorEntry(e.ts());
                if (then != null && e.ts().isBefore(data.generator().settings().endInstant())) {
                    assertEquals(then.getValue(), r.firmware(), e.eventId());
                    repairs++;
                }
            }
        }
        System.out.printf("%d firmware changes in the master data; %d repairs checked%n", changes, repairs);
        assertTrue(changes > 100, "the rollout shows as firmware changes: " + changes);
        assertTrue(repairs > 100, "repairs checked: " + repairs);
        JsonNode counts = data.truth().toJson().get("tenants");
        int truthChanges = 0;
        for (JsonNode tenant : counts) {
            truthChanges += tenant.get("master_data").get("firmware_changes").asInt();
        }
        assertEquals(changes, truthChanges);
    }

    /**
     * Dispatch's master data: every engineer once at the start, with the team, skills and region the world gives, and
     * every team that finally holds tickets has its people registered; every depot's level of every part at the start,
     * then stock-outs (a part at zero in all depots at once) that are restocked later.
     */
    @Test
    void engineersAndStockLevelsAreRegisteredAndPartsRunOutNowAndThen() {
        EventCodec codec = new EventCodec();
        Instant start = data.generator().settings().startInstant();
        for (World world : data.generator().worlds()) {
            String tenant = world.tenant().id();
            Map<String, EventBody.EngineerRegistered> engineers = new HashMap<>();
            Map<String, Integer> levels = new HashMap<>();
            Set<String> assignedTeams = new HashSet<>();
            int stockOuts = 0;
            int restocks = 0;
            for (Event e : events) {
                if (e == null || !e.tenantId().equals(tenant)) {
                    continue;
                }
                switch (codec.body(e)) {
                    case EventBody.EngineerRegistered r -> {
                        assertEquals(start, e.ts());
                        assertNull(engineers.put(r.engineerId(), r), "once: " + r.engineerId());
                    }
                    case EventBody.PartStocked s -> {
                        String key = s.partNo() + "/" + s.depotId();
                        Integer before = levels.put(key, s.quantity());
                        if (before == null) {
                            assertEquals(start, e.ts(), "every level is known from the start");
                        } else if (s.quantity() == 0) {
                            stockOuts++;
                        } else if (before == 0) {
                            restocks++;
                        }
                    }
                    case EventBody.TicketAssigned a when a.teamId() != null -> assignedTeams.add(a.teamId());
                    default -> {}
                }
            }
            assertEquals(world.engineers().size(), engineers.size(), tenant + ": every engineer");
            world.engineers().forEach(w -> {
                EventBody.EngineerRegistered r = engineers.get(w.engineerId());
                assertEquals(w.team().id(), r.teamId());
                assertEquals(w.skills(), r.skills());
                assertEquals(w.region().zh(), r.region());
            });
            Set<String> registeredTeams = new HashSet<>();
            engineers.values().forEach(r -> registeredTeams.add(r.teamId()));
            assertTrue(registeredTeams.containsAll(assignedTeams), tenant + ": tickets go to registered teams");
            assertEquals(world.partsStock().size(), (int) levels.size(), tenant + ": each part of each depot");
            long depots = world.partsStock().stream()
                    .map(l -> l.depot().id())
                    .distinct()
                    .count();
            System.out.printf(
                    "%s: %d engineers, %d stock-outs of a depot, %d restocks%n",
                    tenant, engineers.size(), stockOuts, restocks);
            assertTrue(stockOuts >= depots, tenant + ": at least one part ran out in every depot: " + stockOuts);
            assertTrue(restocks > 0, tenant + ": and was restocked");
        }
    }
}
