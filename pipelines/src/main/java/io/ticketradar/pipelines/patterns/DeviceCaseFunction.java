package io.ticketradar.pipelines.patterns;

import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventCodec;
import io.ticketradar.models.ModelJson;
import io.ticketradar.models.cases.DeviceProfile;
import io.ticketradar.models.cases.FailureCase;
import io.ticketradar.models.cases.TicketCase;
import io.ticketradar.pipelines.TenantZones;
import io.ticketradar.pipelines.records.SourcedEvent;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

import java.util.List;

/**
 * Keyed by (tenant, device): completes each failure case with its device's master data and marks repeats of the
 * same failure ({@link DeviceProfile}). Its inputs are the ticket halves of the device's cases and the device's own
 * events: DEVICE_REGISTERED master data and repairs recorded without a ticket (each a case of its own). Emits every
 * completed case that changed, keyed by tenant for the detector.
 */
public final class DeviceCaseFunction extends KeyedCoProcessFunction<String, CaseMessage, SourcedEvent, CaseMessage> {

    private static final long serialVersionUID = 1L;

    private final TenantZones zones;
    private transient EventCodec codec;
    private transient ValueState<String> device;

    public DeviceCaseFunction(TenantZones zones) {
        this.zones = zones;
    }

    /** The key of the device an event of its own concerns. */
    public static String key(SourcedEvent sourced) {
        return TicketCaseFunction.deviceKey(
                sourced.event().tenantId(), sourced.event().deviceSn());
    }

    @Override
    public void open(OpenContext openContext) {
        codec = new EventCodec();
        device = getRuntimeContext().getState(new ValueStateDescriptor<>("device-profile", String.class));
    }

    @Override
    public void processElement1(CaseMessage draft, Context ctx, Collector<CaseMessage> out) throws Exception {
        FailureCase c = draft.failureCase();
        DeviceProfile profile = profile(c.deviceSn());
        emit(profile.caseChanged(c), profile, out);
    }

    @Override
    public void processElement2(SourcedEvent sourced, Context ctx, Collector<CaseMessage> out) throws Exception {
        Event event = sourced.event();
        EventBody body = codec.body(event);
        DeviceProfile profile = profile(event.deviceSn());
        List<FailureCase> changed = switch (body) {
            case EventBody.DeviceRegistered d -> profile.register(event.ts(), d);
            case EventBody.RepairRecorded r ->
                profile.caseChanged(
                        TicketCase.standaloneRepair(event.tenantId(), event.ts(), r, zones.zoneOf(event.tenantId())));
            default -> List.of();
        };
        emit(changed, profile, out);
    }

    private DeviceProfile profile(String deviceSn) throws Exception {
        String json = device.value();
        return json == null ? new DeviceProfile(deviceSn) : ModelJson.read(json, DeviceProfile.class);
    }

    private void emit(List<FailureCase> changed, DeviceProfile profile, Collector<CaseMessage> out) throws Exception {
        device.update(ModelJson.write(profile));
        for (FailureCase c : changed) {
            out.collect(CaseMessage.of(c.tenantId(), c));
        }
    }
}
