package io.ticketradar.pipelines.patterns;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.models.cases.AgeBands;
import io.ticketradar.models.cases.Code;
import io.ticketradar.models.cases.FailureCase;
import io.ticketradar.models.cases.TemperatureCodes;
import io.ticketradar.pipelines.sinks.WarehouseJson;
import io.ticketradar.pipelines.sinks.WarehouseRowMapper;

import java.util.List;

/** Maps a completed failure case to its {@code failure_cases} row, versioned by the newest event folded into it. */
public final class FailureCaseRows implements WarehouseRowMapper<CaseMessage> {

    private static final long serialVersionUID = 1L;
    public static final String TABLE = "failure_cases";

    @Override
    public String toJsonRow(CaseMessage message) {
        FailureCase c = message.failureCase();
        ObjectNode row = WarehouseJson.object()
                .put("tenant_id", c.tenantId())
                .put("case_id", c.caseId())
                .put("ticket_id", text(c.ticketId()))
                .put("day", c.day().toString())
                .put("created_at", WarehouseJson.dateTime64(c.createdAt()))
                .put("device_sn", text(c.deviceSn()))
                .put("fault_code", text(c.faultCode()))
                .put("domain", text(c.domain()))
                .put("product_model", text(c.productModel()))
                .put("batch", text(c.batch()))
                .put("firmware", text(c.firmware() != null ? c.firmware() : c.seenFirmware()))
                .put("firmware_seen", text(c.seenFirmware()))
                .put("region", text(c.region()))
                .put("site_id", text(c.siteId()))
                .put("ambient_temp_c", c.ambientTempC())
                .put("temp_band", TemperatureCodes.band(c.ambientTempC()))
                .put("age_band", AgeBands.of(c.productionDate(), c.day()))
                .put("root_cause", text(c.rootCause()))
                .put("repairs", c.repairs())
                .put("as_of", WarehouseJson.dateTime64(c.asOf()))
                .put("version", c.asOf().toEpochMilli());
        array(row, "symptoms", c.symptoms());
        array(row, "accessories", c.photoLabels());
        array(row, "parts", c.parts());
        array(row, "words", c.words());
        array(row, "codes", c.codes().stream().map(Code::text).toList());
        return row.toString();
    }

    private static void array(ObjectNode row, String name, List<String> values) {
        ArrayNode array = row.putArray(name);
        values.forEach(array::add);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
