package io.ticketradar.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.ticketradar.events.Priority;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a pasted chat message (zh-CN or English) for what a new ticket needs: the device's SN, the customer's phone
 * and name, an explicit priority (P1..P4) and the symptoms of the tenant's catalogue, by their zh or en words or
 * their code. Each finder takes what it recognised out of the text before the next reads it (SN first, so its digits
 * are never read as a phone number); what is left is reported as not understood rather than guessed at.
 */
final class TicketTextRecognizer {

    /** SN after its label: "SN A7K2-2409-0031", "S/N: …", "序列号…", "serial no. …". */
    private static final Pattern LABELLED_SN = Pattern.compile(
            "(?i)(?:(?<![A-Za-z0-9])S/?N(?![A-Za-z])|序列号|机身号|设备号|(?<![A-Za-z])serial(?:\\s*(?:no\\.?|number))?)\\s*[:：#]?\\s*"
                    + "([A-Za-z0-9](?:[A-Za-z0-9-]{2,38})[A-Za-z0-9])(?![A-Za-z0-9-])");
    /** An unlabelled SN: one token of 6 to 40 letters, digits and dashes with at least one letter and one digit. */
    private static final Pattern BARE_SN =
            Pattern.compile("(?<![A-Za-z0-9-])(?=[A-Za-z0-9-]*[A-Za-z])(?=[A-Za-z0-9-]*\\d)"
                    + "([A-Za-z0-9][A-Za-z0-9-]{4,38}[A-Za-z0-9])(?![A-Za-z0-9-])");
    /** A mainland mobile number, with or without +86/0086/86, groups split by spaces or dashes. */
    private static final Pattern MOBILE =
            Pattern.compile("(?<![\\d+])(?:(?:\\+|00)?86[\\s-]?)?(1[3-9]\\d)[\\s-]?(\\d{4})[\\s-]?(\\d{4})(?!\\d)");
    /** A landline with its area code: 021-12345678, 0512 6688 1234. */
    private static final Pattern LANDLINE =
            Pattern.compile("(?<![\\d+])(0\\d{2,3})[\\s-]?(\\d{3,4})[\\s-]?(\\d{4})(?!\\d)");

    private static final Pattern PRIORITY = Pattern.compile("(?<![A-Za-z0-9])[Pp]([1-4])(?![A-Za-z0-9])");
    private static final String TITLES = "先生|女士|小姐|经理|总监|主任|主管|师傅|老师|工|总";
    /** "客户王经理", "联系人：李四", "车主张先生": a surname and a title, or a full name after its label. */
    private static final Pattern ZH_NAME = Pattern.compile("(?:客户|顾客|用户|车主|联系人|报修人|姓名)[:：\\s]*(\\p{IsHan}{1,2}(?:"
            + TITLES + ")|(?<=[:：])\\s*\\p{IsHan}{2,3}?(?![\\p{IsHan}&&[^说称讲]]))");

    private static final Pattern ZH_TITLED = Pattern.compile("(?<!\\p{IsHan})(\\p{IsHan}(?:先生|女士|小姐|经理|总监|师傅))");
    private static final Pattern EN_NAME =
            Pattern.compile("\\b((?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+[A-Z][A-Za-z'-]+(?:\\s+[A-Z][A-Za-z'-]+)?)"
                    + "|(?i:\\b(?:contact|customer|name)\\s*[:：]\\s*)([A-Z][A-Za-z'-]+(?:\\s+[A-Z][A-Za-z'-]+)?)");

    /** A word of the text that named a symptom code. */
    record SymptomMatch(String code, String text) {}

    /**
     * What the text said; a field is null when the text did not say it.
     *
     * @param unrecognised clauses of the text that were not understood, in order (the answer lists them once, beside)
     */
    record Reading(
            String deviceSn,
            String customerPhone,
            String customerName,
            Priority priority,
            List<SymptomMatch> symptoms,
            @JsonIgnore List<String> unrecognised) {

        boolean saidAnything() {
            return deviceSn != null
                    || customerPhone != null
                    || customerName != null
                    || priority != null
                    || !symptoms.isEmpty();
        }
    }

    Reading read(String message, SymptomCatalogue catalogue) {
        ChatText text = new ChatText(message);
        String sn = group(text, LABELLED_SN, 1);
        if (sn == null) {
            sn = group(text, BARE_SN, 1);
        }
        String phone = phone(text);
        String priority = group(text, PRIORITY, 1);
        String name = name(text);
        List<SymptomMatch> symptoms = symptoms(text, catalogue);
        return new Reading(
                sn,
                phone,
                name,
                priority == null ? null : Priority.valueOf("P" + priority),
                symptoms,
                text.unrecognised());
    }

    /** The group of the first match, taken out of the text with the whole match (its label included). */
    private static String group(ChatText text, Pattern pattern, int group) {
        Matcher m = text.find(pattern);
        if (m == null) {
            return null;
        }
        String value = m.group(group);
        text.take(m.start(), m.end());
        return value;
    }

    /** Digits only: a mobile as its 11 digits (the country code dropped), a landline as area code and number. */
    private static String phone(ChatText text) {
        Matcher mobile = text.find(MOBILE);
        if (mobile != null) {
            text.take(mobile.start(), mobile.end());
            return mobile.group(1) + mobile.group(2) + mobile.group(3);
        }
        Matcher landline = text.find(LANDLINE);
        if (landline != null) {
            text.take(landline.start(), landline.end());
            return landline.group(1) + "-" + landline.group(2) + landline.group(3);
        }
        return null;
    }

    private static String name(ChatText text) {
        for (Pattern pattern : List.of(ZH_NAME, EN_NAME, ZH_TITLED)) {
            Matcher m = text.find(pattern);
            if (m != null) {
                String name = m.group(1) != null ? m.group(1) : m.group(2);
                text.take(m.start(), m.end());
                return name.strip();
            }
        }
        return null;
    }

    /** Every catalogue word found, longest first so "风扇异响" wins over "异响"; each symptom once, in text order. */
    private static List<SymptomMatch> symptoms(ChatText text, SymptomCatalogue catalogue) {
        record Word(String code, String word, boolean latin) {}
        List<Word> words = new ArrayList<>();
        for (SymptomCatalogue.Symptom s : catalogue.symptoms()) {
            if (s.zh() != null) {
                words.add(new Word(s.code(), s.zh(), false));
            }
            if (s.en() != null) {
                words.add(new Word(s.code(), s.en(), true));
            }
            words.add(new Word(s.code(), s.code(), true));
        }
        words.sort(Comparator.comparingInt((Word w) -> w.word().length()).reversed());
        record Found(int at, SymptomMatch match) {}
        List<Found> found = new ArrayList<>();
        for (Word w : words) {
            if (found.stream().anyMatch(f -> f.match().code().equals(w.code()))) {
                continue;
            }
            Matcher m = text.find(wordPattern(w.word(), w.latin()));
            if (m != null) {
                found.add(new Found(m.start(), new SymptomMatch(w.code(), text.take(m.start(), m.end()))));
            }
        }
        found.sort(Comparator.comparingInt(Found::at));
        return found.stream().map(Found::match).toList();
    }

    /** Latin words match whole words, any case, any spacing; zh words match as they are written. */
    private static Pattern wordPattern(String word, boolean latin) {
        if (!latin) {
            return Pattern.compile(Pattern.quote(word));
        }
        List<String> parts = new ArrayList<>();
        for (String part : word.strip().split("[\\s_]+")) {
            parts.add(Pattern.quote(part));
        }
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + String.join("[\\s_-]+", parts) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
