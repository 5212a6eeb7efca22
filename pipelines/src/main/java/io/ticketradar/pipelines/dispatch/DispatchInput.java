package io.ticketradar.pipelines.dispatch;

import io.ticketradar.events.EventBody;
import io.ticketradar.models.ModelJson;

/**
 * What reaches a tenant's dispatcher: a ticket to route, or master data it routes with (an engineer, a part's stock
 * level from a time on). As JSON between operators, so Flink serializes a POJO of strings instead of falling back to Kryo.
 */
public record DispatchInput(String tenantId, Kind kind, String json) {

    public enum Kind {
        TICKET,
        ENGINEER,
        STOCK
    }

    static DispatchInput ticket(TicketToRoute ticket) {
        return new DispatchInput(ticket.tenantId(), Kind.TICKET, ModelJson.write(ticket));
    }

    static DispatchInput engineer(String tenantId, EventBody.EngineerRegistered engineer) {
        return new DispatchInput(tenantId, Kind.ENGINEER, ModelJson.write(engineer));
    }

    /** A depot's level from the event's time on ({@code at}, epoch ms). */
    static DispatchInput stock(String tenantId, EventBody.PartStocked level, long at) {
        return new DispatchInput(
                tenantId,
                Kind.STOCK,
                ModelJson.write(new StockHistory.Change(level.partNo(), level.depotId(), level.quantity(), at)));
    }

    <T> T as(Class<T> type) {
        return ModelJson.read(json, type);
    }
}
