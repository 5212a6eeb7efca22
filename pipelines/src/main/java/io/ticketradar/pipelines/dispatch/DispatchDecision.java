package io.ticketradar.pipelines.dispatch;

import io.ticketradar.models.ModelJson;

import java.util.List;

/**
 * One routing of one ticket, as {@code dispatch_decisions} keeps it. Between operators as JSON (see
 * {@link DispatchInput}).
 *
 * @param decisionId the id of the event that asked for it, so a replay replaces rather than adds
 */
public record DispatchDecision(String tenantId, String ticketId, String decisionId, String json) {

    /**
     * Everything a decision says.
     *
     * @param hints of the open patterns the ticket matched when routed
     */
    public record Content(
            String tenantId,
            String ticketId,
            String decisionId,
            String trigger,
            long decidedAt,
            long rulesVersion,
            Routing routing,
            List<PatternHint> hints) {

        public Content {
            hints = hints == null ? List.of() : List.copyOf(hints);
        }
    }

    static DispatchDecision of(Content c) {
        return new DispatchDecision(c.tenantId(), c.ticketId(), c.decisionId(), ModelJson.write(c));
    }

    public Content content() {
        return ModelJson.read(json, Content.class);
    }
}
