package io.ticketradar.pipelines.duplicates;

/**
 * One ticket of a tenant's duplicate groups, as {@link MergeChains} keeps it (a Flink POJO: public fields).
 * {@code root} is the earliest ticket of its group (itself for the earliest), so a chain A~B, B~C points B and C
 * at A.
 */
public final class ChainNode {
    public String ticketId;
    public long createdAt;
    public TicketStatus status;
    public String root;
    public long rootCreatedAt;
    /** The ticket whose match brought this one into the group, and the evidence; null for none yet. */
    public String matchedTicketId;

    public Evidence evidence;
    /** The ticket this one was last suggested into (or merged into); null while never. */
    public String suggestedInto;

    public long version;

    public ChainNode() {}

    static ChainNode of(TicketSnapshot ticket) {
        ChainNode node = new ChainNode();
        node.ticketId = ticket.ticketId();
        node.createdAt = ticket.createdAt();
        node.status = ticket.status();
        node.root = ticket.ticketId();
        node.rootCreatedAt = ticket.createdAt();
        return node;
    }

    boolean isRoot() {
        return root.equals(ticketId);
    }

    /** Whether this node's root comes before {@code other}'s: the earlier creation, then the smaller id. */
    boolean rootBefore(ChainNode other) {
        return rootCreatedAt != other.rootCreatedAt
                ? rootCreatedAt < other.rootCreatedAt
                : root.compareTo(other.root) < 0;
    }
}
