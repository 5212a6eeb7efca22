package io.ticketradar.models;

import io.ticketradar.events.Event;
import io.ticketradar.models.cases.CaseEvents;
import io.ticketradar.models.cases.DeviceProfile;
import io.ticketradar.models.cases.FailureCase;
import io.ticketradar.models.cases.TicketCase;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Flink job keeps these as JSON in its state: what is written must read back as the same thing. */
class ModelJsonTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aTicketCaseReadsBackAndFoldsOnAsBefore() {
        TicketCase fold = new TicketCase(CaseEvents.TENANT, "T1");
        apply(
                fold,
                CaseEvents.created(
                        "T1",
                        "2025-12-02T08:00",
                        "23A1000001",
                        "OBC-6K6",
                        "东北",
                        -18.0,
                        "冷车充电机无法启动",
                        "charge_start_fail"));
        apply(fold, CaseEvents.diagnosed("T1", "2025-12-02T12:00", "HV-OBC-LT01"));
        TicketCase copy = ModelJson.read(ModelJson.write(fold), TicketCase.class);
        assertEquals(fold.draft(SHANGHAI), copy.draft(SHANGHAI));

        Event older = CaseEvents.diagnosed("T1", "2025-12-02T10:00", "HV-OBC-OT02");
        apply(fold, older);
        apply(copy, older);
        assertEquals("HV-OBC-LT01", copy.draft(SHANGHAI).faultCode(), "the stamps survived: newest still wins");
        assertEquals(fold.draft(SHANGHAI), copy.draft(SHANGHAI));
    }

    @Test
    void aDeviceProfileReadsBackWithItsFirmwareHistoryAndCases() {
        DeviceProfile device = new DeviceProfile("23A1000003");
        register(device, CaseEvents.registered("2025-12-01T00:00", "23A1000003", "ACC-200", "ACC-4.2.0"));
        register(device, CaseEvents.registered("2025-12-10T00:00", "23A1000003", "ACC-200", "ACC-4.2.1"));
        TicketCase ticket = new TicketCase(CaseEvents.TENANT, "T3");
        apply(
                ticket,
                CaseEvents.created("T3", "2025-12-05T08:00", "23A1000003", "ACC-200", "华南", null, "", "ac_restart"));
        List<FailureCase> before = device.caseChanged(ticket.draft(SHANGHAI));

        DeviceProfile copy = ModelJson.read(ModelJson.write(device), DeviceProfile.class);
        TicketCase later = new TicketCase(CaseEvents.TENANT, "T4");
        apply(
                later,
                CaseEvents.created("T4", "2025-12-11T08:00", "23A1000003", "ACC-200", "华南", null, "", "ac_restart"));
        assertEquals(device.caseChanged(later.draft(SHANGHAI)), copy.caseChanged(later.draft(SHANGHAI)));
        assertEquals("ACC-4.2.0", before.getFirst().firmware());
    }

    @Test
    void aFailureCaseReadsBack() {
        TicketCase fold = new TicketCase(CaseEvents.TENANT, "T5");
        apply(
                fold,
                CaseEvents.created(
                        "T5",
                        "2025-12-05T08:00",
                        "23A1000005",
                        "GW-C4",
                        "华东",
                        3.5,
                        "加装了第三方大屏之后仪表经常报通信故障",
                        "can_comm_lost",
                        "dash_flicker"));
        apply(
                fold,
                CaseEvents.repaired(
                        "T5", "2025-12-07T08:00", "23A1000005", "LV-CAN-01", "GW-1.3.7", "non_original_screen"));
        FailureCase c = fold.draft(SHANGHAI);
        assertEquals(c, ModelJson.read(ModelJson.write(c), FailureCase.class));
    }

    private static void apply(TicketCase fold, Event e) {
        fold.apply(e, CaseEvents.body(e));
    }

    private static void register(DeviceProfile device, Event e) {
        device.register(e.ts(), (io.ticketradar.events.EventBody.DeviceRegistered) CaseEvents.body(e));
    }
}
