package io.ticketradar.pipelines.indicators;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static io.ticketradar.pipelines.lifecycle.TicketRules.RECURRENCE_WINDOW;

/**
 * Keyed by (tenant, device, fault code): decides for each ticket whether the device had a ticket of the
 * same fault code in the 30 days before it was created (ties at the same instant: the lower ticket id is
 * earlier), and contributes it to {@link Indicator#RECURRENCE_SUPPRESSION}. Joining or leaving tickets
 * re-decide only the tickets created in the 30 days after them, and corrections are emitted as deltas.
 *
 * <p>Retention is by event time: a ticket is forgotten once event time passes its creation plus the
 * correction horizon (Flink's state TTL runs on processing time, which a replay of history would compress
 * to nothing). Memberships of tickets older than that are counted and not applied.
 */
public final class RecurrenceFunction extends KeyedProcessFunction<String, DeviceFault, Contribution> {

    private static final Comparator<Map.Entry<String, Member>> CREATION_ORDER =
            Comparator.<Map.Entry<String, Member>>comparingLong(e -> e.getValue().createdAt)
                    .thenComparing(Map.Entry::getKey);

    private final long horizon;
    private transient MapState<String, Member> members;
    private transient Counter beyondHorizon;

    public RecurrenceFunction(Duration correctionHorizon) {
        this.horizon = correctionHorizon.toMillis();
    }

    /** A ticket of the key, and whether it was last counted as recurring. A mutable Flink POJO. */
    public static final class Member {
        public long createdAt;
        public String region;
        public boolean recurring;

        public Member() {}

        Member(long createdAt, String region) {
            this.createdAt = createdAt;
            this.region = region;
        }
    }

    @Override
    public void open(OpenContext openContext) {
        members = getRuntimeContext()
                .getMapState(new MapStateDescriptor<>("members", Types.STRING, Types.POJO(Member.class)));
        beyondHorizon = getRuntimeContext().getMetricGroup().counter("recurrenceChangesBeyondHorizon");
    }

    @Override
    public void processElement(DeviceFault change, Context ctx, Collector<Contribution> out) throws Exception {
        if (change.createdAt() + horizon <= ctx.timerService().currentWatermark()) {
            beyondHorizon.inc();
            return;
        }
        Member leaving = members.get(change.ticketId());
        if (leaving != null) {
            members.remove(change.ticketId());
            out.collect(contribution(change.tenantId(), leaving, -(leaving.recurring ? 0 : 1), -1));
            redecide(change.tenantId(), leaving.createdAt, change.ticketId(), out);
        }
        if (change.member()) {
            Member joining = new Member(change.createdAt(), change.region());
            joining.recurring = hasPredecessor(change.ticketId(), joining);
            members.put(change.ticketId(), joining);
            out.collect(contribution(change.tenantId(), joining, joining.recurring ? 0 : 1, 1));
            redecide(change.tenantId(), joining.createdAt, change.ticketId(), out);
            ctx.timerService().registerEventTimeTimer(joining.createdAt + horizon);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Contribution> out) throws Exception {
        List<String> forgotten = new ArrayList<>();
        for (Map.Entry<String, Member> e : members.entries()) {
            if (e.getValue().createdAt + horizon <= timestamp) {
                forgotten.add(e.getKey());
            }
        }
        for (String ticket : forgotten) {
            members.remove(ticket);
        }
    }

    /** Re-decides the tickets that {@code changedTicket}, created at {@code createdAt}, may precede. */
    private void redecide(String tenantId, long createdAt, String changedTicket, Collector<Contribution> out)
            throws Exception {
        List<Map.Entry<String, Member>> later = new ArrayList<>();
        for (Map.Entry<String, Member> e : members.entries()) {
            long after = e.getValue().createdAt - createdAt;
            boolean follows = after > 0 || (after == 0 && e.getKey().compareTo(changedTicket) > 0);
            if (follows && after <= RECURRENCE_WINDOW.toMillis()) {
                later.add(e);
            }
        }
        for (Map.Entry<String, Member> e : later) {
            Member m = e.getValue();
            boolean recurring = hasPredecessor(e.getKey(), m);
            if (recurring != m.recurring) {
                m.recurring = recurring;
                members.put(e.getKey(), m);
                out.collect(contribution(tenantId, m, recurring ? -1 : 1, 0));
            }
        }
    }

    private boolean hasPredecessor(String ticket, Member m) throws Exception {
        Map.Entry<String, Member> self = Map.entry(ticket, m);
        for (Map.Entry<String, Member> e : members.entries()) {
            if (!e.getKey().equals(ticket)
                    && CREATION_ORDER.compare(e, self) < 0
                    && m.createdAt - e.getValue().createdAt <= RECURRENCE_WINDOW.toMillis()) {
                return true;
            }
        }
        return false;
    }

    private static Contribution contribution(String tenantId, Member m, long notRecurring, long tickets) {
        return new Contribution(
                tenantId, Indicator.RECURRENCE_SUPPRESSION, m.createdAt, m.region, "", notRecurring, tickets);
    }
}
