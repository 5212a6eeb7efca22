package io.ticketradar.api;

import io.ticketradar.api.Digest.AlertItem;
import io.ticketradar.api.Digest.Figure;
import io.ticketradar.api.Digest.PatternItem;
import io.ticketradar.warehouse.tables.IndicatorCode;
import io.ticketradar.warehouse.tables.Regions;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link Digest} as zh-CN markdown, read at a glance in a WeCom group or a terminal. With {@code colours} it uses
 * WeCom's {@code <font color>} tags (green when healthy, orange when not); without, plain markdown. Kept under
 * WeCom's 4096-byte limit for a markdown message.
 */
public final class DigestMarkdown {

    /** WeCom rejects markdown content over 4096 bytes. */
    public static final int MAX_BYTES = 4096;

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry(IndicatorCode.FIRST_RESPONSE_COMPLIANCE.code(), "首响合规率"),
            Map.entry(IndicatorCode.BREAKPOINT_RATE.code(), "跨域协同断点率"),
            Map.entry(IndicatorCode.RECURRENCE_SUPPRESSION.code(), "根因复现抑制率"),
            Map.entry(IndicatorCode.FIRST_RESPONSE_TIMEOUT_RATE.code(), "首响超时率"),
            Map.entry(IndicatorCode.CLOSURE_CYCLE_MEAN_DAYS.code(), "闭环周期（均值）"),
            Map.entry(IndicatorCode.CLOSURE_CYCLE_P50_DAYS.code(), "闭环周期（P50）"),
            Map.entry(IndicatorCode.CLOSURE_CYCLE_P90_DAYS.code(), "闭环周期（P90）"),
            Map.entry(IndicatorCode.OVERDUE_RATE.code(), "超时率"),
            Map.entry(IndicatorCode.BOUNCE_RATE.code(), "反复转派率"),
            Map.entry(IndicatorCode.COORDINATION_HOURS.code(), "跨部门协同耗时"),
            Map.entry(IndicatorCode.SECONDARY_COMPLAINT_RATE.code(), "二次投诉率"),
            Map.entry(IndicatorCode.FIRST_TIME_FIX_RATE.code(), "一次修复率"),
            Map.entry(IndicatorCode.DUPLICATE_RATE.code(), "重复工单率"),
            Map.entry(IndicatorCode.REOPEN_RATE.code(), "重开率"),
            Map.entry(IndicatorCode.BACKLOG.code(), "合计"),
            Map.entry(IndicatorCode.BACKLOG_CS.code(), "客服"),
            Map.entry(IndicatorCode.BACKLOG_TECH.code(), "技术"),
            Map.entry(IndicatorCode.BACKLOG_PARTS.code(), "备件"),
            Map.entry(IndicatorCode.BACKLOG_FIELD.code(), "现场"));

    private DigestMarkdown() {}

    public static String render(Digest d, boolean colours) {
        StringBuilder md = new StringBuilder();
        md.append("## TicketRadar 晨会简报 · ")
                .append(d.tenantId())
                .append(" · ")
                .append(d.date())
                .append('\n');
        md.append("> 统计日 ")
                .append(d.covers())
                .append("，与 ")
                .append(d.compared())
                .append(" 相比\n\n");
        md.append("**健康度**\n");
        for (Figure f : d.health()) {
            md.append("> ").append(name(f.indicator())).append(' ').append(coloured(f, colours));
            if (f.threshold() != null) {
                md.append("（阈值 ")
                        .append(f.healthyWhen().replace(">=", "≥").replace("<=", "≤"))
                        .append(amount(f.threshold(), f.unit()))
                        .append(f.met() == null ? "" : f.met() ? "，达标" : "，未达标")
                        .append('）');
            }
            md.append(' ').append(change(f)).append('\n');
        }
        md.append("\n**变化最大**\n");
        list(
                md,
                d.movers(),
                f -> "- " + region(f.region()) + name(f.indicator()) + ' ' + amount(f.previous(), f.unit()) + " → "
                        + amount(f.value(), f.unit()) + "（" + change(f) + "）");
        md.append("\n**未关闭告警**\n");
        list(md, d.openAlerts(), (AlertItem a) -> "- " + a.title() + "（" + a.day() + "）：" + a.detail());
        md.append("\n**新兴故障模式（统计日发现）**\n");
        list(md, d.newPatterns(), (PatternItem p) -> "- **" + p.titleZh() + "**：" + p.descriptionZh());
        md.append("\n**积压（日终）**\n");
        StringBuilder backlog = new StringBuilder();
        for (Figure f : d.backlog()) {
            if (backlog.length() > 0) {
                backlog.append(" · ");
            }
            backlog.append(name(f.indicator())).append(' ').append(amount(f.value(), f.unit()));
            if (f.change() != null) {
                backlog.append("（").append(signed(f.change(), "")).append('）');
            }
        }
        md.append(backlog).append("\n\n");
        md.append("[打开大屏](")
                .append(d.links().wall())
                .append(") · [下载统计日指标 CSV](")
                .append(d.links().indicatorsCsv())
                .append(")（链接 ")
                .append(DownloadLinks.VALIDITY.toDays())
                .append(" 天内有效）");
        return fit(md.toString());
    }

    private interface Line<T> {
        String of(T item);
    }

    private static <T> void list(StringBuilder md, List<T> items, Line<T> line) {
        if (items.isEmpty()) {
            md.append("无\n");
        }
        items.forEach(item -> md.append(line.of(item)).append('\n'));
    }

    private static String name(String indicator) {
        return NAMES.getOrDefault(indicator, indicator);
    }

    private static String region(String region) {
        return region.equals(Regions.ALL) ? "" : region + " ";
    }

    private static String coloured(Figure f, boolean colours) {
        String text = "**" + amount(f.value(), f.unit()) + "**";
        if (!colours || f.met() == null) {
            return text;
        }
        return "<font color=\"" + (f.met() ? "info" : "warning") + "\">" + text + "</font>";
    }

    /** The value in its unit: ratios as percentages, durations with their unit, counts as they are. */
    static String amount(Double value, String unit) {
        if (value == null) {
            return "—";
        }
        return switch (unit == null ? "" : unit) {
            case "ratio" -> String.format(Locale.ROOT, "%.1f%%", value * 100);
            case "hours" -> String.format(Locale.ROOT, "%.1f 小时", value);
            case "days" -> String.format(Locale.ROOT, "%.1f 天", value);
            default -> String.format(Locale.ROOT, "%.0f", value);
        };
    }

    private static String change(Figure f) {
        if (f.change() == null) {
            return "前日无数据";
        }
        return switch (f.unit() == null ? "" : f.unit()) {
            case "ratio" -> "较前日 " + signed(f.change() * 100, " 个百分点");
            case "hours" -> "较前日 " + signed(f.change(), " 小时");
            case "days" -> "较前日 " + signed(f.change(), " 天");
            default -> "较前日 " + signed(f.change(), "");
        };
    }

    private static String signed(double change, String unit) {
        String number = unit.isEmpty()
                ? String.format(Locale.ROOT, "%+.0f", change)
                : String.format(Locale.ROOT, "%+.1f", change);
        return number + unit;
    }

    /** Cuts the text to {@link #MAX_BYTES} bytes of UTF-8 at a line end, saying so. */
    private static String fit(String text) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return text;
        }
        String cut = "\n…（内容过长，已截断）";
        int budget = MAX_BYTES - cut.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder kept = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            int size = kept.toString().getBytes(StandardCharsets.UTF_8).length
                    + line.getBytes(StandardCharsets.UTF_8).length
                    + 1;
            if (size > budget) {
                break;
            }
            kept.append(line).append('\n');
        }
        return kept.append(cut.strip()).toString();
    }
}
