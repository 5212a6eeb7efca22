package io.ticketradar.warehouse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into statements at {@code ;} outside string literals, quoted identifiers and comments.
 * Needed because a ClickHouse server runs one statement per request.
 */
final class SqlScript {

    private SqlScript() {}

    /** The statements, trimmed, without the separators; pieces holding only comments or blanks are dropped. */
    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        int start = 0;
        boolean hasCode = false;
        int i = 0;
        while (i < script.length()) {
            int next = SqlScanner.skipNonCode(script, i);
            char c = script.charAt(i);
            if (next > i) {
                // A literal or quoted identifier is code; a comment is not.
                hasCode |= c == '\'' || c == '"' || c == '`';
                i = next;
            } else if (c == ';') {
                add(statements, script.substring(start, i), hasCode);
                start = ++i;
                hasCode = false;
            } else {
                hasCode |= !Character.isWhitespace(c);
                i++;
            }
        }
        add(statements, script.substring(start), hasCode);
        return statements;
    }

    private static void add(List<String> statements, String piece, boolean hasCode) {
        if (hasCode) {
            statements.add(piece.strip());
        }
    }
}
