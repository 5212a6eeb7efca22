package io.ticketradar.pipelines.breaker;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.pipelines.alerts.Alert;
import io.ticketradar.pipelines.alerts.AlertKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Words and figures of the circuit breaker's alerts: zh-CN text for people, a JSON payload for machines. */
final class CircuitBreakerAlerts {

    private static final DateTimeFormatter ZH_DAY = DateTimeFormatter.ofPattern("M月d日", Locale.CHINA);

    private CircuitBreakerAlerts() {}

    /** The id is the kind and the deciding day: one decision per tenant and day, the same on every replay. */
    private static String alertId(AlertKind kind, LocalDate day) {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + day;
    }

    /** The circuit opens on the last day of {@code streak}. */
    static Alert opened(List<DailyBreakpointRate> streak, BigDecimal threshold, Instant raisedAt) {
        DailyBreakpointRate last = streak.getLast();
        String days = streak.stream().map(CircuitBreakerAlerts::figure).collect(Collectors.joining("，"));
        String detail = "跨域协同断点率连续" + streak.size() + "天超过" + percent(threshold) + "：" + days + "。请暂停受理新工单，并召开15分钟站会。";
        ObjectNode payload = payload(threshold, streak);
        return new Alert(
                alertId(AlertKind.CIRCUIT_OPEN, last.day()),
                last.tenantId(),
                AlertKind.CIRCUIT_OPEN,
                raisedAt,
                last.day(),
                "流程熔断",
                detail,
                payload.toString());
    }

    /** The circuit, open since {@code openedOn}, closes on {@code day}. */
    static Alert closed(DailyBreakpointRate day, BigDecimal threshold, LocalDate openedOn, Instant raisedAt) {
        String detail = "跨域协同断点率" + figure(day) + "，回到" + percent(threshold) + "以内；自" + ZH_DAY.format(openedOn)
                + "起的流程熔断解除，恢复受理。";
        ObjectNode payload = payload(threshold, List.of(day)).put("opened_on", openedOn.toString());
        return new Alert(
                alertId(AlertKind.CIRCUIT_CLOSED, day.day()),
                day.tenantId(),
                AlertKind.CIRCUIT_CLOSED,
                raisedAt,
                day.day(),
                "流程熔断解除",
                detail,
                payload.toString());
    }

    private static ObjectNode payload(BigDecimal threshold, List<DailyBreakpointRate> days) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode().put("threshold", threshold);
        ArrayNode list = payload.putArray("days");
        for (DailyBreakpointRate d : days) {
            list.addObject()
                    .put("day", d.day().toString())
                    .put("numerator", d.numerator())
                    .put("denominator", d.denominator())
                    .put("rate", d.rate());
        }
        return payload;
    }

    /** {@code 1月5日 7.3%（9/123）}; only for days with tickets. */
    private static String figure(DailyBreakpointRate d) {
        BigDecimal percent = BigDecimal.valueOf(d.numerator())
                .movePointRight(2)
                .divide(BigDecimal.valueOf(d.denominator()), 1, RoundingMode.HALF_UP);
        return ZH_DAY.format(d.day()) + " " + percent.stripTrailingZeros().toPlainString() + "%（" + d.numerator() + "/"
                + d.denominator() + "）";
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
