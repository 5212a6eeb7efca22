package io.ticketradar.datasets.importer.table;

import java.time.LocalDateTime;

/**
 * One cell as the file holds it. Spreadsheets store dates and numbers as such, so those are kept
 * beside the text: a date-formatted cell needs no date format, and a phone number stored as a
 * number must not come out as {@code 1.38E10}.
 *
 * @param text     what a person sees, trimmed; "" for an empty cell
 * @param dateTime the value of a date-formatted spreadsheet cell, else null
 * @param number   the value of a numeric spreadsheet cell, else null
 */
public record Cell(String text, LocalDateTime dateTime, Double number) {
    public static final Cell EMPTY = new Cell("", null, null);

    public Cell {
        text = text == null ? "" : text.strip();
    }

    public static Cell text(String text) {
        return new Cell(text, null, null);
    }

    public boolean isEmpty() {
        return text.isEmpty() && dateTime == null && number == null;
    }
}
