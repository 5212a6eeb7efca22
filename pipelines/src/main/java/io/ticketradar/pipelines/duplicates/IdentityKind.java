package io.ticketradar.pipelines.duplicates;

import java.util.Locale;
import java.util.function.Function;

/** What makes two tickets the same customer's or the same device's: the keys the duplicate rule compares. */
enum IdentityKind {
    CUSTOMER_ID(TicketSnapshot::customerId),
    /** Digits only: "138-1234 5678" and "13812345678" are one phone. */
    CUSTOMER_PHONE(t -> t.customerPhone() == null ? null : t.customerPhone().replaceAll("\\D", "")),
    DEVICE_SN(TicketSnapshot::deviceSn);

    private final Function<TicketSnapshot, String> value;

    IdentityKind(Function<TicketSnapshot, String> value) {
        this.value = value;
    }

    /** The field name, as the evidence and the API show it. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The ticket's value of this key, or null when it has none (blank counts as none). */
    String of(TicketSnapshot ticket) {
        String v = value.apply(ticket);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
