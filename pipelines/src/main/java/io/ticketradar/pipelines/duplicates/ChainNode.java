package io.ticketradar.pipelines.duplicates;

/**
 * One ticket of a tenant's duplicate groups, as {@link MergeChains} keeps it (a Flink POJO: public fields).
 * {@code root} is the earliest ticket of its group (itself for the earliest), so a chain A~B, B~C puts B and C in A's
 * group.
 */
public final class ChainNode {
    public String ticketId;
    public long createdAt;
    public long closedAt;
    public long mergedAt;
    public String root;
    public long rootCreatedAt;
    /** The ticket whose match brought this one into the group, and the evidence; null for none yet. */
    public String matchedTicketId;

    public Evidence evidence;
    /** The ticket this one was last suggested (or merged) into; null while never. */
    public String suggestedInto;

    public long version;

    public ChainNode() {}

    static ChainNode of(TicketSnapshot ticket) {
        ChainNode node = new ChainNode();
        node.ticketId = ticket.ticketId();
        node.createdAt = ticket.createdAt();
        node.closedAt = ticket.closedAt();
        node.mergedAt = ticket.mergedAt();
        node.root = ticket.ticketId();
        node.rootCreatedAt = ticket.createdAt();
        return node;
    }

    /**
     * What a snapshot of the ticket says about its end. Snapshots reach the groups by two paths in no set order, so
     * the first end known stays: a ticket reopened after it was resolved is not suggested into again.
     */
    void update(TicketSnapshot ticket) {
        closedAt = Math.min(closedAt, ticket.closedAt());
        mergedAt = Math.min(mergedAt, ticket.mergedAt());
    }

    boolean openAt(long at) {
        return createdAt <= at && at < closedAt && at < mergedAt;
    }

    /** Created before {@code other}: the earlier creation, then the smaller id. */
    boolean before(ChainNode other) {
        return createdAt != other.createdAt ? createdAt < other.createdAt : ticketId.compareTo(other.ticketId) < 0;
    }

    /** Whether this node's root comes before {@code other}'s, in the same order. */
    boolean rootBefore(ChainNode other) {
        return rootCreatedAt != other.rootCreatedAt
                ? rootCreatedAt < other.rootCreatedAt
                : root.compareTo(other.root) < 0;
    }
}
