package io.ticketradar.warehouse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SqlScriptTest {

    @Test
    void splitsAtSemicolonsInCode() {
        assertEquals(
                List.of("CREATE TABLE a (x UInt8) ENGINE = Memory", "INSERT INTO a VALUES (1)"),
                SqlScript.split("CREATE TABLE a (x UInt8) ENGINE = Memory;\n INSERT INTO a VALUES (1);\n"));
    }

    @Test
    void ignoresSemicolonsInLiteralsIdentifiersAndComments() {
        String script = """
                -- header; still a comment
                INSERT INTO t VALUES ('a;b', 'it''s;', 'x\\';y');
                /* block; comment */ SELECT "col;umn", `other;col` FROM t
                """;
        assertEquals(
                List.of(
                        "-- header; still a comment\nINSERT INTO t VALUES ('a;b', 'it''s;', 'x\\';y')",
                        "/* block; comment */ SELECT \"col;umn\", `other;col` FROM t"),
                SqlScript.split(script));
    }

    @Test
    void dropsEmptyAndCommentOnlyPieces() {
        assertEquals(
                List.of("SELECT 1"), SqlScript.split(";;\n SELECT 1 ;\n -- trailing; comment\n /* and ; this */ ;"));
        assertEquals(List.of(), SqlScript.split("  -- nothing here\n"));
        assertEquals(List.of("SELECT ''"), SqlScript.split("SELECT ''"));
    }
}
