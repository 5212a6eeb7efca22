package io.ticketradar.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/v1/engineers/{engineer_id}/today}: an engineer's day at a glance, for the field: the
 * {@value #TICKETS} most urgent open tickets the engineer holds ({@link EngineerDay} says what urgent means), each
 * with its device's last {@value #REPAIRS} repairs, newest first, and the engineer's first-time-fix rate over the
 * last {@value #FIRST_TIME_FIX_DAYS} days of the tenant (tickets created in those days). An engineer the tenant has
 * no record of (another tenant's included) is a 404; one with nothing open gets an empty list.
 */
final class EngineerTodayHandler implements Handler {

    static final int TICKETS = 3;
    static final int REPAIRS = 3;
    static final int FIRST_TIME_FIX_DAYS = 30;

    private final EngineerDay engineers;
    private final Devices devices;
    private final TenantDays days;

    EngineerTodayHandler(EngineerDay engineers, Devices devices, TenantDays days) {
        this.engineers = engineers;
        this.devices = devices;
        this.days = days;
    }

    /** @param repairs the device's last repairs, newest first; empty when the ticket names no device */
    record TicketView(@JsonUnwrapped EngineerDay.OpenTicket ticket, List<Devices.Repair> repairs) {}

    record Today(String engineerId, String asOf, List<TicketView> tickets, EngineerDay.FirstTimeFix firstTimeFix) {}

    @Override
    public void handle(Context ctx) {
        String tenant = BearerAuth.tenant(ctx);
        String engineer = ctx.pathParam("engineer_id");
        if (!engineers.known(tenant, engineer)) {
            throw ApiException.notFound("engineer '" + engineer + "' not found");
        }
        Instant now = days.clock().instant();
        List<TicketView> tickets = engineers.mostUrgent(tenant, engineer, TICKETS, now).stream()
                .map(t -> new TicketView(
                        t, t.deviceSn() == null ? List.of() : devices.lastRepairs(tenant, t.deviceSn(), REPAIRS)))
                .toList();
        LocalDate today = days.today(tenant);
        ctx.json(new Today(
                engineer,
                now.toString(),
                tickets,
                engineers.firstTimeFix(tenant, engineer, today.minusDays(FIRST_TIME_FIX_DAYS - 1L), today)));
    }
}
