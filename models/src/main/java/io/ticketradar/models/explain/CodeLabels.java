package io.ticketradar.models.explain;

import io.ticketradar.models.cases.Code;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What codes are called in zh-CN and en, for descriptions a person reads at a glance. Names learned from master data
 * (the fault catalogue and the like: {@link #learn}) win; otherwise each kind is phrased by rule: a region by its
 * English name, a temperature threshold as "below −15 °C", a symptom code with spaces.
 */
public final class CodeLabels implements Serializable {

    /** The languages descriptions are written in. */
    public enum Lang {
        ZH,
        EN
    }

    private static final Map<String, String> REGIONS_EN = Map.of(
            "华东",
            "East China",
            "华南",
            "South China",
            "华北",
            "North China",
            "华中",
            "Central China",
            "西南",
            "Southwest China",
            "西北",
            "Northwest China",
            "东北",
            "Northeast China");

    private final Map<String, String[]> names = new HashMap<>();

    /** Names a code (e.g. {@code fault:HV-OBC-LT01}) in both languages; a null or blank name is ignored. */
    public void learn(Code code, String zh, String en) {
        String[] both = names.computeIfAbsent(code.text(), k -> new String[2]);
        both[0] = zh == null || zh.isBlank() ? both[0] : zh;
        both[1] = en == null || en.isBlank() ? both[1] : en;
    }

    public String label(Code code, Lang lang) {
        String[] learned = names.get(code.text());
        if (learned != null && learned[lang.ordinal()] != null) {
            return learned[lang.ordinal()];
        }
        String v = code.value();
        boolean zh = lang == Lang.ZH;
        return switch (code.kind()) {
            case REGION -> zh ? v : REGIONS_EN.getOrDefault(v, v);
            case TEMP -> temperature(v, zh);
            case AGE -> age(v, zh);
            case FIRMWARE -> zh ? "固件 " + v : "firmware " + v;
            case BATCH -> zh ? "批次 " + v : "batch " + v;
            case SITE -> zh ? "网点 " + v : "site " + v;
            case PART -> zh ? "备件 " + v : "part " + v;
            case SYMPTOM, PHOTO -> v.replace('_', ' ');
            default -> v;
        };
    }

    private static String temperature(String v, boolean zh) {
        if (v.startsWith("<")) {
            String t = degrees(v.substring(1));
            return zh ? t + " 以下" : "below " + t;
        }
        String t = degrees(v.substring(2));
        return zh ? t + " 及以上" : "at " + t + " or above";
    }

    private static String degrees(String value) {
        return value.replace('-', '\u2212') + " °C";
    }

    private static String age(String v, boolean zh) {
        return switch (v) {
            case "<6m" -> zh ? "使用不足6个月" : "under 6 months old";
            case "6-12m" -> zh ? "使用6-12个月" : "6-12 months old";
            case "1-2y" -> zh ? "使用1-2年" : "1-2 years old";
            case "2-3y" -> zh ? "使用2-3年" : "2-3 years old";
            default -> zh ? "使用3年以上" : String.format(Locale.ROOT, "%s old", "3+ years");
        };
    }
}
