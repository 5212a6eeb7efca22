package io.ticketradar.warehouse;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SqlLiteralsTest {

    private enum Stage {
        CS
    }

    @Test
    void rendersEachSupportedType() {
        assertEquals("NULL", SqlLiterals.render(null));
        assertEquals("'plain'", SqlLiterals.render("plain"));
        assertEquals("'it\\'s'", SqlLiterals.render("it's"));
        assertEquals("'C:\\\\temp\\\\'", SqlLiterals.render("C:\\temp\\"));
        assertEquals("'\\\\\\''", SqlLiterals.render("\\'"));
        assertEquals("'中文'", SqlLiterals.render("中文"));
        assertEquals("'CS'", SqlLiterals.render(Stage.CS));
        assertEquals("42", SqlLiterals.render(42));
        assertEquals("-9000000000", SqlLiterals.render(-9_000_000_000L));
        assertEquals("18446744073709551615", SqlLiterals.render(new BigInteger("18446744073709551615")));
        assertEquals("12.50", SqlLiterals.render(new BigDecimal("12.50")));
        assertEquals("2.5", SqlLiterals.render(2.5));
        assertEquals("nan", SqlLiterals.render(Double.NaN));
        assertEquals("-inf", SqlLiterals.render(Double.NEGATIVE_INFINITY));
        assertEquals("true", SqlLiterals.render(true));
        assertEquals(
                "toDateTime64('2026-01-05 09:00:00.123', 3, 'UTC')",
                SqlLiterals.render(Instant.parse("2026-01-05T09:00:00.123999Z")));
        assertEquals("toDate('2026-01-05')", SqlLiterals.render(LocalDate.of(2026, 1, 5)));
        assertEquals("['a', 'b\\'c']", SqlLiterals.render(List.of("a", "b'c")));
        assertEquals("[1, NULL]", SqlLiterals.render(Arrays.asList(1, null)));
        assertEquals("[]", SqlLiterals.render(Set.of()));
        assertThrows(IllegalArgumentException.class, () -> SqlLiterals.render(new Object()));
    }

    @Test
    void bindsPlaceholdersOnlyInCode() {
        assertEquals(
                "SELECT 'x' WHERE a = 1 AND b IN ['p']",
                SqlLiterals.bind("SELECT 'x' WHERE a = ? AND b IN ?", 1, List.of("p")));
        assertEquals(
                "SELECT '?', \"?\", `?` -- ?\n, 5 /* ? */",
                SqlLiterals.bind("SELECT '?', \"?\", `?` -- ?\n, ? /* ? */", 5));
        assertEquals("SELECT 'it''s ?', 'a\\'?', 1", SqlLiterals.bind("SELECT 'it''s ?', 'a\\'?', ?", 1));
        assertEquals("SELECT 1", SqlLiterals.bind("SELECT 1"));
    }

    @Test
    void aValueCannotEndItsLiteral() {
        String bound = SqlLiterals.bind("SELECT * FROM t WHERE name = ?", "' OR 1=1 --");
        assertEquals("SELECT * FROM t WHERE name = '\\' OR 1=1 --'", bound);
        assertEquals(
                "SELECT * FROM t WHERE name = '\\\\\\' OR 1=1 --'",
                SqlLiterals.bind("SELECT * FROM t WHERE name = ?", "\\' OR 1=1 --"));
    }

    @Test
    void countMismatchIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> SqlLiterals.bind("SELECT ?, ?", 1));
        assertThrows(IllegalArgumentException.class, () -> SqlLiterals.bind("SELECT ?", 1, 2));
        assertThrows(IllegalArgumentException.class, () -> SqlLiterals.bind("SELECT 1", 1));
        assertThrows(IllegalArgumentException.class, () -> SqlLiterals.bind("SELECT ?"));
    }
}
