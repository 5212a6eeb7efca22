package io.ticketradar.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdsTest {

    @Test
    void aDerivedIdThatFitsIsKeptAsItIs() {
        assertEquals("merge:TK-2>TK-1", Ids.derived("merge:TK-2>TK-1"));
        String longest = "x".repeat(Ids.MAX_LENGTH);
        assertEquals(longest, Ids.derived(longest));
    }

    /** Two tickets of the longest id make a merge id twice too long; the merge must still be an event. */
    @Test
    void aLongDerivedIdIsShortenedToAValidIdThatIsTheSameOnEveryReplay() {
        String ticket = "T".repeat(Ids.MAX_LENGTH);
        String merge = "merge:" + ticket + ">" + ticket.replace('T', 'U');

        String id = Ids.derived(merge);

        assertEquals(Ids.MAX_LENGTH, id.length());
        assertTrue(Ids.fits(id), id);
        assertTrue(id.startsWith("merge:TTT"), id);
        assertEquals(id, Ids.derived(merge));
        assertNotEquals(id, Ids.derived(merge + "x"), "ids that differ only past the kept start stay apart");
    }

    @Test
    void aShortenedIdDoesNotEndInHalfACharacter() {
        String id = Ids.derived("x".repeat(190) + "🔥".repeat(100));

        assertTrue(Ids.fits(id), id);
        assertEquals(-1, Utf8.unpairedSurrogate(id), id);
    }

    @Test
    void fitsRejectsBlankLongAndControlCharacters() {
        assertTrue(Ids.fits("TK-2026-000123"));
        assertTrue(Ids.fits("华东"));
        assertFalse(Ids.fits(" "));
        assertFalse(Ids.fits("x".repeat(Ids.MAX_LENGTH + 1)));
        assertFalse(Ids.fits("a\u0000b"));
        assertFalse(Ids.fits("a\tb"));
    }
}
