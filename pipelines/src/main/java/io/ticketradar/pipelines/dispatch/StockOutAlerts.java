package io.ticketradar.pipelines.dispatch;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.ticketradar.pipelines.TenantZones;
import io.ticketradar.pipelines.alerts.Alert;
import io.ticketradar.pipelines.alerts.AlertKind;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A dispatch blocked for want of a part raises a STOCK_OUT alert (DOMAIN.md §7): once per tenant, part and day of the
 * tenant, with the first ticket it blocked, not once per ticket; the next day's first blocked ticket raises it again
 * while the part is still out. The id is the part and the day, so a replay raises the same alert.
 */
public final class StockOutAlerts extends KeyedProcessFunction<String, StockOutAlerts.Blocked, Alert> {

    private static final long serialVersionUID = 1L;

    /** One part missing for one blocked decision. */
    public record Blocked(String tenantId, String partNo, String ticketId, String decisionId, long at) {

        String key() {
            return tenantId + '\u0000' + partNo;
        }
    }

    private final TenantZones zones;
    private transient ValueState<String> alertedOn;

    public StockOutAlerts(TenantZones zones) {
        this.zones = zones;
    }

    /** The stock-out alerts of the decisions. */
    public static DataStream<Alert> of(DataStream<DispatchDecision> decisions, TenantZones zones) {
        return decisions
                .flatMap((DispatchDecision d, Collector<Blocked> out) -> {
                    DispatchDecision.Content c = d.content();
                    c.routing()
                            .missingParts()
                            .forEach(part -> out.collect(
                                    new Blocked(c.tenantId(), part, c.ticketId(), c.decisionId(), c.decidedAt())));
                })
                .returns(Blocked.class)
                .name("parts that blocked dispatch")
                .uid("dispatch-blocked-parts")
                .keyBy(Blocked::key)
                .process(new StockOutAlerts(zones))
                .name("stock-out alerts")
                .uid("dispatch-stock-out-alerts");
    }

    @Override
    public void open(OpenContext openContext) {
        alertedOn = getRuntimeContext().getState(new ValueStateDescriptor<>("stock-out-alerted-on", Types.STRING));
    }

    @Override
    public void processElement(Blocked blocked, Context ctx, Collector<Alert> out) throws Exception {
        Instant at = Instant.ofEpochMilli(blocked.at());
        LocalDate day = zones.dayOf(blocked.tenantId(), at);
        if (day.toString().equals(alertedOn.value())) {
            return;
        }
        alertedOn.update(day.toString());
        out.collect(new Alert(
                "stock_out:" + blocked.partNo() + ":" + day,
                blocked.tenantId(),
                AlertKind.STOCK_OUT,
                at,
                day,
                "备件缺货：" + blocked.partNo(),
                "备件" + blocked.partNo() + "在所有库房均无库存，工单" + blocked.ticketId()
                        + "的派工已被阻止；今天再因此被阻止的工单不再重复告警。请补货或调拨后重新派工。",
                JsonNodeFactory.instance
                        .objectNode()
                        .put("part_no", blocked.partNo())
                        .put("first_ticket_id", blocked.ticketId())
                        .put("decision_id", blocked.decisionId())
                        .toString()));
    }
}
