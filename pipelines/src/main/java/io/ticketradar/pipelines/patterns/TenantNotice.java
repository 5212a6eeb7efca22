package io.ticketradar.pipelines.patterns;

/**
 * Something a tenant's detector learns besides cases: the name of a code (CODE_DEFINED master data) or a person's
 * decision on a pattern (the pattern-feedback topic). Flat strings, so Flink serializes it as a POJO.
 *
 * @param kind        {@link #LABEL} or {@link #FEEDBACK}
 * @param code        LABEL: the code ({@code fault:HV-OBC-LT01})
 * @param zh          LABEL: its zh-CN name
 * @param en          LABEL: its English name
 * @param patternId   FEEDBACK: the pattern decided on
 * @param dismissed   FEEDBACK: dismissed (the detector then keeps it quiet)
 * @param reason      FEEDBACK: why it was dismissed
 * @param opportunity FEEDBACK: tagged (true) or untagged (false) as a service opportunity, null to follow the rule
 * @param at          epoch ms of the decision or the definition
 */
public record TenantNotice(
        String tenantId,
        String kind,
        String code,
        String zh,
        String en,
        String patternId,
        boolean dismissed,
        String reason,
        Boolean opportunity,
        long at) {

    public static final String LABEL = "label";
    public static final String FEEDBACK = "feedback";

    public static TenantNotice label(String tenantId, String code, String zh, String en, long at) {
        return new TenantNotice(tenantId, LABEL, code, zh, en, null, false, null, null, at);
    }

    public static TenantNotice feedback(
            String tenantId, String patternId, boolean dismissed, String reason, Boolean opportunity, long at) {
        return new TenantNotice(tenantId, FEEDBACK, null, null, null, patternId, dismissed, reason, opportunity, at);
    }
}
