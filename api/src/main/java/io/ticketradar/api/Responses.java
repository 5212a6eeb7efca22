package io.ticketradar.api;

import io.javalin.http.Context;

import java.util.function.Supplier;

/** Answers a list route in the format the caller asked for: the JSON view, or its table as CSV or xlsx. */
final class Responses {

    private Responses() {}

    /** @param table built only for an export */
    static void send(Context ctx, ExportFormat format, Object json, Supplier<Table> table) {
        if (format == ExportFormat.JSON) {
            ctx.json(json);
            return;
        }
        Table t = table.get();
        byte[] body = format == ExportFormat.CSV ? CsvExport.write(t) : XlsxExport.write(t);
        // The name carries ids from the request: keep only characters that are safe in any file system and header.
        String file = t.name().replaceAll("[^A-Za-z0-9._-]", "_") + "." + format.code();
        ctx.contentType(format.contentType)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .result(body);
    }
}
