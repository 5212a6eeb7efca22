package io.ticketradar.pipelines.duplicates;

/** A ticket routed to one of its identities: {@code key} is tenant, identity kind and value. */
public record KeyedSnapshot(String key, TicketSnapshot ticket) {}
