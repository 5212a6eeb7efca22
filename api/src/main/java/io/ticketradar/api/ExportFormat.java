package io.ticketradar.api;

import io.javalin.http.Context;

import java.util.List;
import java.util.Locale;

/** What a list route answers with, chosen by {@code ?format=}: JSON (the default), CSV or an Excel workbook. */
enum ExportFormat implements QueryParams.Choice {
    JSON("application/json"),
    CSV("text/csv; charset=utf-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    final String contentType;

    ExportFormat(String contentType) {
        this.contentType = contentType;
    }

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ExportFormat of(Context ctx) {
        return QueryParams.choice(ctx, "format", List.of(values()), JSON);
    }
}
