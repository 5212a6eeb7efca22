package io.ticketradar.models.cases;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DescriptionWordsTest {

    @Test
    void chineseServiceWordsTheDictionaryLacksAreJoinedBack() {
        var words = DescriptionWords.of("客户反映加装了第三方大屏之后仪表和中控经常报通信故障，请尽快安排处理。");
        assertTrue(words.contains("加装"), words.toString());
        assertTrue(words.contains("大屏"), words.toString());
        assertTrue(words.contains("通信"), words.toString());
        assertFalse(words.contains("客户"), "stop words are dropped: " + words);
        assertFalse(words.contains("请"), words.toString());
    }

    @Test
    void englishWordsAreLowerCasedAndFiltered() {
        assertEquals(
                java.util.List.of("charger", "start", "cold", "mornings", "works", "warms"),
                DescriptionWords.of(
                        "Customer reports: charger will not start on cold mornings, works again once it warms up"));
    }

    @Test
    void eachWordOnceAndNothingForBlank() {
        assertEquals(java.util.List.of("restart"), DescriptionWords.of("restart restart RESTART"));
        assertTrue(DescriptionWords.of("  ").isEmpty());
        assertTrue(DescriptionWords.of(null).isEmpty());
    }
}
