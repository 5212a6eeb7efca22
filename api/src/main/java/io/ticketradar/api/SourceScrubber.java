package io.ticketradar.api;

import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.TicketFacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes out of a tenant's text what identifies the tenant, before it is shared with its group: each identifier the
 * tenant's own tickets carry (ticket, customer, device, site and team ids, region names, engineer ids), the tenant's
 * id, phone numbers and e-mail addresses become a placeholder naming their kind ({@code [ticket]}, {@code [phone]}).
 * Identifiers shorter than {@value #MIN_ID_BYTES} bytes are left alone: they match ordinary words. People's names
 * written out in free text are beyond a machine's knowledge: the reviewer reads exactly what will be shared.
 */
final class SourceScrubber {

    static final int MIN_ID_BYTES = 3;

    private static final Pattern PHONE =
            Pattern.compile("(?<!\\d)(?:\\+?86[- ]?)?(?:1[3-9]\\d{9}|0\\d{2,3}-\\d{7,8})(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    /** Every identifier of the tenant's tickets that occurs in the text. */
    private static final String IDENTIFIERS = """
            SELECT DISTINCT tupleElement(t, 1) AS kind, tupleElement(t, 2) AS id
            FROM %s FINAL
            ARRAY JOIN [('ticket', ticket_id), ('customer', customer_id), ('device', device_sn), ('site', site_id),
                        ('region', toString(region)), ('engineer', assignee_id), ('engineer', resolver_id),
                        ('engineer', first_responder_id), ('team', team_id)] AS t
            WHERE tenant_id = ? AND length(tupleElement(t, 2)) >= ? AND position(?, tupleElement(t, 2)) > 0""".formatted(TicketFacts.TABLE);

    private final Warehouse warehouse;

    SourceScrubber(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** A scrubbing of some texts of one tenant: {@link #clean} each, then read what {@link #removed}. */
    Scrubbing of(String tenant, List<String> texts) {
        String all = String.join("\n", texts);
        List<Identifier> found = new ArrayList<>();
        found.add(new Identifier("tenant", tenant));
        for (Map<String, Object> row : warehouse.query(IDENTIFIERS, tenant, MIN_ID_BYTES, all)) {
            found.add(new Identifier((String) row.get("kind"), (String) row.get("id")));
        }
        // Longest first: an id that contains another is replaced whole.
        found.sort(Comparator.comparingInt((Identifier i) -> i.id().length()).reversed());
        return new Scrubbing(found);
    }

    private record Identifier(String kind, String id) {}

    static final class Scrubbing {
        private final List<Identifier> identifiers;
        private final Map<String, Integer> removed = new TreeMap<>();

        private Scrubbing(List<Identifier> identifiers) {
            this.identifiers = identifiers;
        }

        String clean(String text) {
            String out = replace(PHONE, "phone", replace(EMAIL, "email", text));
            for (Identifier identifier : identifiers) {
                out = replace(Pattern.compile(Pattern.quote(identifier.id())), identifier.kind(), out);
            }
            return out;
        }

        List<String> clean(List<String> texts) {
            return texts.stream().map(this::clean).toList();
        }

        /** How many of each kind were replaced so far. */
        Map<String, Integer> removed() {
            return Map.copyOf(removed);
        }

        private String replace(Pattern pattern, String kind, String text) {
            Matcher matcher = pattern.matcher(text);
            StringBuilder out = new StringBuilder();
            int count = 0;
            while (matcher.find()) {
                matcher.appendReplacement(out, Matcher.quoteReplacement("[" + kind + "]"));
                count++;
            }
            matcher.appendTail(out);
            if (count > 0) {
                removed.merge(kind, count, Integer::sum);
            }
            return out.toString();
        }
    }
}
