package io.ticketradar.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pasted chat message being read: each recognised stretch is blanked out, so later finders never read it again and
 * what stays unblanked at the end is what was not understood.
 */
final class ChatText {

    private static final Pattern CLAUSE = Pattern.compile("[，,。.;；！!？?\\n\\r、|/()（）\\[\\]【】\"“”]+");
    /** Words that only lead up to a value ("电话", "SN") or join clauses: not worth reporting as unrecognised. */
    private static final String FILLERS = "(?:\\s|[:：#\\-]|客户|顾客|用户|车主|联系人|联系电话|联系方式|电话|手机号码|手机号|手机|号码"
            + "|设备号|设备|序列号|机身号|SN|S/N|说|称|反映|反馈|报修|的|了|是|和|及|并且|并|还有|另外|请|谢谢"
            + "|\\b(?:customer|contact|phone|tel|mobile|device|serial|says|said|reports|and|the|is|with|no|number)\\b\\.?)+";

    private static final Pattern LEADING = Pattern.compile("^" + FILLERS, Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING = Pattern.compile(FILLERS + "$", Pattern.CASE_INSENSITIVE);

    private final String original;
    private final char[] open;

    ChatText(String text) {
        this.original = text;
        this.open = text.toCharArray();
    }

    /** The text with what was recognised blanked out, same length and positions as the original. */
    String unread() {
        return new String(open);
    }

    String original() {
        return original;
    }

    /** The original text of [start, end), and blanks it. */
    String take(int start, int end) {
        for (int i = start; i < end; i++) {
            open[i] = ' ';
        }
        return original.substring(start, end);
    }

    /** The first match of the pattern in the unread text, if any. */
    Matcher find(Pattern pattern) {
        Matcher matcher = pattern.matcher(unread());
        return matcher.find() ? matcher : null;
    }

    /** Clauses of the unread text that still say something, lead-in words stripped. */
    List<String> unrecognised() {
        List<String> left = new ArrayList<>();
        for (String clause : CLAUSE.split(unread())) {
            String rest = strip(clause.strip());
            if (rest.codePoints().filter(Character::isLetterOrDigit).count() >= 2) {
                left.add(rest);
            }
        }
        return left;
    }

    private static String strip(String clause) {
        String rest = LEADING.matcher(clause).replaceFirst("");
        return TRAILING.matcher(rest).replaceFirst("").strip();
    }
}
