package io.ticketradar.models.explain;

import io.ticketradar.models.cases.Code;
import io.ticketradar.models.explain.CodeLabels.Lang;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A pattern in words a person reads at a glance, zh-CN and en (DOMAIN.md §8): a title (what, where) and a sentence
 * with the numbers, e.g. "自1月8日起，华北 车载充电模块冷启动失败 38 单，预期 7 单（×5.4）；91% 发生在 −15 °C 以下" /
 * "Since 8 Jan: 38 on-board charger cold-start failures in North China vs 7 expected (×5.4); 91% below −15 °C".
 */
public final class PatternText {

    private static final int CO_OCCURRING_IN_TEXT = 2;
    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };

    private final CodeLabels labels;

    public PatternText(CodeLabels labels) {
        this.labels = labels;
    }

    /** Title and description in both languages. */
    public record Text(String titleZh, String titleEn, String descriptionZh, String descriptionEn) {}

    /**
     * @param defining the target first, then the contexts
     * @param since    the onset estimate the counts are from
     * @param observed cases since then
     * @param expected what the baseline expected since then
     */
    public Text write(
            List<Code> defining, LocalDate since, int observed, double expected, List<CoOccurring> coOccurring) {
        Code target = defining.getFirst();
        List<Code> contexts = defining.subList(1, defining.size());
        String subjectZh = labels.label(target, Lang.ZH);
        String subjectEn = labels.label(target, Lang.EN);
        List<String> titleZh = new ArrayList<>(List.of(subjectZh));
        List<String> titleEn = new ArrayList<>(List.of(subjectEn));
        contexts.forEach(c -> {
            titleZh.add(labels.label(c, Lang.ZH));
            titleEn.add(labels.label(c, Lang.EN));
        });
        String ratio = expected > 0 ? String.format(Locale.ROOT, "×%.1f", observed / expected) : "new";
        String expectedText = String.format(Locale.ROOT, "%.0f", expected);
        String whereZh = String.join(
                " ", contexts.stream().map(c -> labels.label(c, Lang.ZH)).toList());
        String whereEn = String.join(" ", contexts.stream().map(this::whereEn).toList());
        StringBuilder zh = new StringBuilder(String.format(
                Locale.ROOT,
                "自%d月%d日起，%s%s %d 单，预期 %s 单（%s）",
                since.getMonthValue(),
                since.getDayOfMonth(),
                whereZh.isEmpty() ? "" : whereZh + " ",
                subjectZh,
                observed,
                expectedText,
                ratio));
        StringBuilder en = new StringBuilder(String.format(
                Locale.ROOT,
                "Since %d %s: %d %s%s vs %s expected (%s)",
                since.getDayOfMonth(),
                MONTHS[since.getMonthValue() - 1],
                observed,
                subjectEn,
                whereEn.isEmpty() ? "" : " " + whereEn,
                expectedText,
                ratio));
        coOccurring.stream()
                .filter(c -> c.codes().size() == 1)
                .limit(CO_OCCURRING_IN_TEXT)
                .forEach(c -> {
                    zh.append("；").append(phraseZh(c));
                    en.append("; ").append(phraseEn(c));
                });
        return new Text(String.join(" · ", titleZh), String.join(" · ", titleEn), zh.toString(), en.toString());
    }

    private String whereEn(Code c) {
        String label = labels.label(c, Lang.EN);
        return switch (c.kind()) {
            case REGION -> "in " + label;
            case SITE -> "at " + label;
            case MODEL -> "on " + label;
            case FIRMWARE -> "on " + label;
            case BATCH -> "from " + label;
            case AGE -> "on devices " + label;
            case PHOTO -> "with " + label + " on repair photos";
            default -> label;
        };
    }

    private String phraseZh(CoOccurring c) {
        Code code = c.codes().getFirst();
        String label = labels.label(code, Lang.ZH);
        String pct = percent(c.share());
        return switch (code.kind()) {
            case TEMP -> pct + " 发生在 " + label;
            case PHOTO -> pct + " 维修照片可见 " + label;
            case WORD -> pct + " 描述提到“" + label + "”";
            case PART -> pct + " 更换了" + label;
            case CAUSE -> pct + " 根因为" + label;
            case REGION -> pct + " 在" + label;
            default -> pct + " 为 " + label;
        };
    }

    private String phraseEn(CoOccurring c) {
        Code code = c.codes().getFirst();
        String label = labels.label(code, Lang.EN);
        String pct = percent(c.share());
        return switch (code.kind()) {
            case TEMP -> pct + " " + label;
            case PHOTO -> pct + " with " + label + " on repair photos";
            case WORD -> pct + " mention \u201c" + label + "\u201d";
            case PART -> pct + " replaced " + label;
            case CAUSE -> pct + " root cause " + label;
            case REGION -> pct + " in " + label;
            case SYMPTOM -> pct + " report " + label;
            default -> pct + " on " + label;
        };
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
