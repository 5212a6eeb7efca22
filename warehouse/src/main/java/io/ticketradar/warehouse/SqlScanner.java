package io.ticketradar.warehouse;

/**
 * Tells SQL code apart from what merely looks like it: string literals, quoted identifiers and comments.
 * {@link SqlLiterals} (finding {@code ?}) and {@link SqlScript} (finding {@code ;}) both need exactly this.
 */
final class SqlScanner {

    private SqlScanner() {}

    /**
     * Returns the index just past the string literal ({@code '...'}), quoted identifier ({@code "..."},
     * {@code `...`}) or comment ({@code -- ...}, {@code /* ... *}{@code /}) that starts at {@code i}, or {@code i}
     * itself when code starts there. Unterminated ones run to the end of the text.
     */
    static int skipNonCode(String sql, int i) {
        char c = sql.charAt(i);
        if (c == '\'' || c == '"' || c == '`') {
            return skipQuoted(sql, i, c);
        }
        if (sql.startsWith("--", i)) {
            int end = sql.indexOf('\n', i);
            return end < 0 ? sql.length() : end + 1;
        }
        if (sql.startsWith("/*", i)) {
            int end = sql.indexOf("*/", i + 2);
            return end < 0 ? sql.length() : end + 2;
        }
        return i;
    }

    // ClickHouse escapes inside quotes with a backslash or by doubling the quote character.
    private static int skipQuoted(String sql, int start, char quote) {
        int j = start + 1;
        while (j < sql.length()) {
            char c = sql.charAt(j);
            if (c == '\\') {
                j += 2;
            } else if (c == quote) {
                if (j + 1 < sql.length() && sql.charAt(j + 1) == quote) {
                    j += 2;
                } else {
                    return j + 1;
                }
            } else {
                j++;
            }
        }
        return sql.length();
    }
}
