package io.ticketradar.pipelines.duplicates;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keyed by tenant: joins matched pairs into groups and suggests (or, by the tenant's policy, makes) one merge per
 * duplicate, always into the earliest open ticket of the group, so a chain A~B, B~C merges B and C into A, never C into
 * B into A. When a pair joins two groups, the later group's tickets are pointed at the earlier ticket anew (a new
 * version of their suggestions). Only open tickets are suggested, and only into an open ticket: when the group's
 * earliest ticket has been closed, the next open one takes its place. A merged ticket
 * still links its group. The tickets' status comes from the second input, the snapshots, for the tickets already in
 * a group.
 *
 * <p>Only tickets that matched are kept, each until 72 h after its creation, and a root until its last member's
 * window ends, so a ticket matching a late member of the group still finds the root.
 */
public final class MergeChains extends KeyedCoProcessFunction<String, DuplicatePair, TicketSnapshot, MergeSuggestion> {

    private static final long serialVersionUID = 1L;

    private final DuplicateSettings settings;
    private transient MapState<String, ChainNode> nodes;

    public MergeChains(DuplicateSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext openContext) {
        nodes = getRuntimeContext().getMapState(new MapStateDescriptor<>("chains", String.class, ChainNode.class));
    }

    @Override
    public void processElement1(DuplicatePair pair, Context ctx, Collector<MergeSuggestion> out) throws Exception {
        Map<String, ChainNode> all = new HashMap<>();
        for (Map.Entry<String, ChainNode> e : nodes.entries()) {
            all.put(e.getKey(), e.getValue());
        }
        ChainNode earlier = node(all, pair.earlier(), ctx);
        ChainNode later = node(all, pair.later(), ctx);
        link(earlier, later, pair);
        link(later, earlier, pair);
        if (!earlier.root.equals(later.root)) {
            ChainNode winner = earlier.rootBefore(later) ? earlier : later;
            String loser = winner == earlier ? later.root : earlier.root;
            for (ChainNode n : all.values()) {
                if (n.root.equals(loser)) {
                    n.root = winner.root;
                    n.rootCreatedAt = winner.rootCreatedAt;
                }
            }
        }
        List<ChainNode> group =
                all.values().stream().filter(n -> n.root.equals(earlier.root)).toList();
        boolean merge = settings.policyOf(ctx.getCurrentKey()) == MergePolicy.MERGE;
        for (ChainNode n : group) {
            long at = Math.max(pair.matchedAt(), n.createdAt);
            ChainNode into = n.openAt(at) ? into(group, n, at) : null;
            if (into != null && !into.ticketId.equals(n.suggestedInto)) {
                n.suggestedInto = into.ticketId;
                n.version = Math.max(n.version + 1, at * 1_000);
                out.collect(new MergeSuggestion(
                        ctx.getCurrentKey(),
                        n.ticketId,
                        into.ticketId,
                        n.matchedTicketId,
                        n.evidence,
                        n.createdAt,
                        into.createdAt,
                        merge,
                        at,
                        n.version));
            }
        }
        nodes.putAll(all);
    }

    /** The earliest ticket of the group created before {@code n} and open at {@code at}; null when none is. */
    private static ChainNode into(List<ChainNode> group, ChainNode n, long at) {
        ChainNode into = null;
        for (ChainNode m : group) {
            if (m.before(n) && m.openAt(at) && (into == null || m.before(into))) {
                into = m;
            }
        }
        return into;
    }

    /** The ticket's node, new (with its clean-up timer) when the ticket has not matched before. */
    private static ChainNode node(Map<String, ChainNode> all, TicketSnapshot ticket, Context ctx) {
        ChainNode node = all.computeIfAbsent(ticket.ticketId(), id -> {
            ctx.timerService().registerEventTimeTimer(ticket.createdAt() + DuplicateRule.WINDOW.toMillis());
            return ChainNode.of(ticket);
        });
        node.update(ticket);
        return node;
    }

    /** The first match of a ticket is its evidence. */
    private static void link(ChainNode node, ChainNode other, DuplicatePair pair) {
        if (node.evidence == null) {
            node.evidence = pair.evidence();
            node.matchedTicketId = other.ticketId;
        }
    }

    /** Keeps the end of the tickets in groups current: a closed or merged ticket is no longer suggested into. */
    @Override
    public void processElement2(TicketSnapshot ticket, Context ctx, Collector<MergeSuggestion> out) throws Exception {
        ChainNode node = nodes.get(ticket.ticketId());
        if (node != null) {
            node.update(ticket);
            nodes.put(ticket.ticketId(), node);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<MergeSuggestion> out) throws Exception {
        long window = DuplicateRule.WINDOW.toMillis();
        Map<String, Long> lastMemberEnd = new HashMap<>();
        List<String> expired = new ArrayList<>();
        for (ChainNode n : nodes.values()) {
            if (n.createdAt + window <= timestamp) {
                expired.add(n.ticketId);
            } else {
                lastMemberEnd.merge(n.root, n.createdAt + window, Math::max);
            }
        }
        for (String ticketId : expired) {
            Long keepUntil = lastMemberEnd.get(ticketId);
            if (keepUntil == null) {
                nodes.remove(ticketId);
            } else {
                ctx.timerService().registerEventTimeTimer(keepUntil); // a root outlives its group's windows
            }
        }
    }
}
