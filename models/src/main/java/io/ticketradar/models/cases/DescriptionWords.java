package io.ticketradar.models.cases;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a ticket description, zh and en, as word codes: the words customers use often name what the fault
 * codes do not ("第三方大屏", "cold mornings"). Chinese is segmented with ICU's dictionary word breaker; the
 * service vocabulary it does not know (加装, 大屏, 重启) falls apart into single characters, so runs of single
 * characters are joined back into overlapping bigrams. English words are lower-cased; stop words, numbers and
 * one- or two-letter words are dropped. Each word counts once per description.
 */
public final class DescriptionWords {

    private static final Set<String> ENGLISH_STOP_WORDS = Set.of(
            "the",
            "and",
            "for",
            "with",
            "was",
            "were",
            "are",
            "has",
            "have",
            "had",
            "not",
            "but",
            "this",
            "that",
            "from",
            "since",
            "after",
            "before",
            "once",
            "again",
            "keeps",
            "will",
            "would",
            "please",
            "there",
            "then",
            "when",
            "while",
            "its",
            "our",
            "your",
            "they",
            "them",
            "customer",
            "reports",
            "report",
            "owner",
            "called",
            "dealer",
            "fleet",
            "manager",
            "via",
            "app",
            "around",
            "time",
            "asap",
            "need",
            "send",
            "someone",
            "today");
    private static final Set<String> CHINESE_STOP_WORDS = Set.of(
            "客户", "反映", "车主", "来电", "反馈", "报修", "用户", "通过", "经销商", "留言", "微信", "请", "尽快", "安排", "处理", "技术", "支持", "协助",
            "判断", "已", "影响", "正常", "运营", "希望", "今天", "上门", "情绪", "较大", "优先", "麻烦", "回复", "当时", "气温", "之后", "以后", "后",
            "约", "的", "了", "和", "在", "是", "有", "又", "也", "都", "就", "管理员");
    private static final int MAX_WORDS = 40;

    private DescriptionWords() {}

    /** The distinct words of a description, in order of first appearance; empty for null or blank. */
    public static List<String> of(String description) {
        Set<String> words = new LinkedHashSet<>();
        if (description == null || description.isBlank()) {
            return List.of();
        }
        BreakIterator breaker = BreakIterator.getWordInstance(ULocale.CHINESE);
        breaker.setText(description);
        List<String> singles = new ArrayList<>();
        int start = breaker.first();
        for (int end = breaker.next(); end != BreakIterator.DONE; start = end, end = breaker.next()) {
            String token = description.substring(start, end);
            if (breaker.getRuleStatus() == BreakIterator.WORD_NONE) {
                flushSingles(singles, words);
                continue;
            }
            if (isHan(token)) {
                if (token.codePointCount(0, token.length()) == 1) {
                    singles.add(token);
                } else {
                    flushSingles(singles, words);
                    addChinese(token, words);
                }
            } else {
                flushSingles(singles, words);
                addEnglish(token, words);
            }
        }
        flushSingles(singles, words);
        return words.stream().limit(MAX_WORDS).toList();
    }

    private static void flushSingles(List<String> singles, Set<String> words) {
        for (int i = 0; i + 1 < singles.size(); i++) {
            addChinese(singles.get(i) + singles.get(i + 1), words);
        }
        singles.clear();
    }

    private static void addChinese(String word, Set<String> words) {
        if (!CHINESE_STOP_WORDS.contains(word)) {
            words.add(word);
        }
    }

    private static void addEnglish(String token, Set<String> words) {
        String word = token.toLowerCase(Locale.ROOT);
        if (word.length() >= 3 && word.chars().allMatch(Character::isLetter) && !ENGLISH_STOP_WORDS.contains(word)) {
            words.add(word);
        }
    }

    private static boolean isHan(String token) {
        return token.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
