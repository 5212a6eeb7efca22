package io.ticketradar.models.cases;

import io.ticketradar.events.Event;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.ticketradar.models.cases.CaseEvents.assigned;
import static io.ticketradar.models.cases.CaseEvents.created;
import static io.ticketradar.models.cases.CaseEvents.diagnosed;
import static io.ticketradar.models.cases.CaseEvents.merged;
import static io.ticketradar.models.cases.CaseEvents.registered;
import static io.ticketradar.models.cases.CaseEvents.repaired;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseAssemblyTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** The last version of each case after feeding the events in the given order. */
    private static Map<String, FailureCase> fold(List<Event> events) {
        CaseAssembly assembly = new CaseAssembly(t -> SHANGHAI);
        Map<String, FailureCase> last = new HashMap<>();
        for (Event e : events) {
            assembly.apply(e, CaseEvents.body(e)).forEach(c -> last.put(c.caseId(), c));
        }
        return last;
    }

    @Test
    void aTicketIsCompletedByItsDiagnosisRepairsAndDeviceMasterData() {
        FailureCase c = fold(List.of(
                        registered("2025-12-01T00:00", "23A1000001", "ACC-200", "ACC-4.2.0"),
                        created(
                                "T1",
                                "2025-12-02T23:30",
                                "23A1000001",
                                "ACC-200",
                                "华南",
                                31.0,
                                "空调控制器行驶中自动重启",
                                "ac_restart"),
                        assigned("T1", "2025-12-03T01:00", io.ticketradar.events.Stage.TECH, "T-TECH-SW"),
                        diagnosed("T1", "2025-12-03T02:00", "SW-ACC-01"),
                        repaired("T1", "2025-12-04T10:00", "23A1000001", "SW-ACC-01", "ACC-4.2.0", "ac_panel")))
                .get("T1");
        assertEquals(LocalDate.of(2025, 12, 2), c.day(), "the creation day in the tenant's zone");
        assertEquals("SW-ACC-01", c.faultCode());
        assertEquals("ACC-4.2.0", c.firmware());
        assertEquals("ACC-4.2.0", c.seenFirmware());
        assertEquals("23A1", c.batch());
        assertEquals("T-TECH-SW", c.techTeam());
        assertEquals(List.of("ac_panel"), c.photoLabels());
        assertTrue(c.codes().contains(Code.of(CodeKind.TEMP, ">=30")));
        assertTrue(c.codes().contains(Code.of(CodeKind.WORD, "重启")), c.codes().toString());
        assertTrue(c.counted());
    }

    @Test
    void theOrderOfArrivalDoesNotMatter() {
        List<Event> events = List.of(
                registered("2025-12-01T00:00", "23A1000002", "OBC-6K6", "OBC-3.2.0"),
                created(
                        "T2",
                        "2025-12-02T08:00",
                        "23A1000002",
                        "OBC-6K6",
                        "东北",
                        -18.0,
                        "冷车充电机无法启动",
                        "charge_start_fail"),
                diagnosed("T2", "2025-12-02T12:00", "HV-OBC-OT02"),
                diagnosed("T2", "2025-12-03T09:00", "HV-OBC-LT01"),
                repaired("T2", "2025-12-05T09:00", "23A1000002", "HV-OBC-LT01", "OBC-3.2.0", "frost"));
        List<Event> reversed = new ArrayList<>(events);
        java.util.Collections.reverse(reversed);
        FailureCase inOrder = fold(events).get("T2");
        FailureCase backwards = fold(reversed).get("T2");
        assertEquals("HV-OBC-LT01", inOrder.faultCode(), "the newest diagnosis wins");
        assertEquals(inOrder.codes(), backwards.codes());
        assertEquals(inOrder.firmware(), backwards.firmware());
    }

    @Test
    void theFirmwareIsWhatTheDeviceRanWhenTheTicketWasCreated() {
        Map<String, FailureCase> cases = fold(List.of(
                registered("2025-12-01T00:00", "23A1000003", "ACC-200", "ACC-4.2.0"),
                created("T3", "2025-12-05T08:00", "23A1000003", "ACC-200", "华南", null, "", "ac_restart"),
                registered("2025-12-10T00:00", "23A1000003", "ACC-200", "ACC-4.2.1"),
                created("T4", "2025-12-11T08:00", "23A1000003", "ACC-200", "华南", null, "", "ac_no_cooling")));
        assertEquals("ACC-4.2.0", cases.get("T3").firmware());
        assertEquals("ACC-4.2.1", cases.get("T4").firmware(), "after the patch");
    }

    @Test
    void theSameFailureReportedAgainIsCountedOnceAMergedTicketNever() {
        Map<String, FailureCase> cases = fold(List.of(
                created("T5", "2025-12-05T08:00", "23A1000004", "GW-C4", "华东", null, "", "can_comm_lost"),
                created("T6", "2025-12-06T08:00", "23A1000004", "GW-C4", "华东", null, "", "can_comm_lost"),
                created("T7", "2026-01-20T08:00", "23A1000004", "GW-C4", "华东", null, "", "can_comm_lost"),
                created("T8", "2025-12-06T09:00", "23A1000005", "GW-C4", "华东", null, "", "dash_flicker"),
                merged("T8", "2025-12-06T10:00", "T5")));
        assertNull(cases.get("T5").duplicateOf());
        assertEquals("T5", cases.get("T6").duplicateOf(), "same device, same first symptom, within 30 days");
        assertNull(cases.get("T7").duplicateOf(), "more than 30 days later it fails again");
        assertFalse(cases.get("T6").counted());
        assertFalse(cases.get("T8").counted(), "merged into another ticket");
    }

    @Test
    void aLateEarlierTicketTakesTheFirstPlace() {
        Map<String, FailureCase> cases = fold(List.of(
                created("T10", "2025-12-06T08:00", "23A1000006", "GW-C4", "华东", null, "", "can_comm_lost"),
                created("T9", "2025-12-05T08:00", "23A1000006", "GW-C4", "华东", null, "", "can_comm_lost")));
        assertNull(cases.get("T9").duplicateOf());
        assertEquals("T9", cases.get("T10").duplicateOf(), "re-marked when the earlier one arrived");
    }

    @Test
    void aRepairWithoutTicketIsACaseOfItsOwn() {
        CaseAssembly assembly = new CaseAssembly(t -> SHANGHAI);
        Event repair = CaseEvents.repaired(
                null, "2025-12-07T10:00", "23A1000007", "LV-CAN-01", "GW-1.3.7", "non_original_screen");
        List<FailureCase> out = assembly.apply(repair, CaseEvents.body(repair));
        assertEquals(1, out.size());
        assertNull(out.getFirst().ticketId());
        assertTrue(out.getFirst().codes().contains(Code.of(CodeKind.PHOTO, "non_original_screen")));
    }

    @Test
    void forgettingDropsADevicesCasesCreatedBeforeTheCutOnly() {
        Event first = repaired(null, "2025-12-07T10:00", "23A1000008", "LV-CAN-01", "GW-1.3.7", "non_original_screen");
        Event again = repaired(null, "2025-12-09T10:00", "23A1000008", "LV-CAN-01", "GW-1.3.7", "non_original_screen");
        CaseAssembly kept = new CaseAssembly(t -> SHANGHAI);
        kept.apply(first, CaseEvents.body(first));
        kept.forgetBefore(CaseEvents.at("2025-12-07T10:00").toInstant());
        assertNotNull(
                kept.apply(again, CaseEvents.body(again)).getLast().duplicateOf(),
                "created at the cut: still there to be repeated");

        CaseAssembly forgot = new CaseAssembly(t -> SHANGHAI);
        forgot.apply(first, CaseEvents.body(first));
        forgot.forgetBefore(CaseEvents.at("2025-12-07T10:01").toInstant());
        assertNull(forgot.apply(again, CaseEvents.body(again)).getLast().duplicateOf(), "forgotten: nothing repeated");
    }
}
