package io.ticketradar.pipelines.patterns;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.models.cases.AgeBands;
import io.ticketradar.models.cases.Code;
import io.ticketradar.models.cases.FailureCase;
import io.ticketradar.models.cases.TemperatureCodes;
import io.ticketradar.pipelines.sinks.WarehouseJson;
import io.ticketradar.pipelines.sinks.WarehouseRowMapper;
import io.ticketradar.warehouse.tables.FailureCases;

import java.util.List;

/** Maps a completed failure case to its {@code failure_cases} row, versioned by the newest event folded into it. */
public final class FailureCaseRows implements WarehouseRowMapper<CaseMessage> {

    private static final long serialVersionUID = 1L;

    @Override
    public String toJsonRow(CaseMessage message) {
        FailureCase c = message.failureCase();
        ObjectNode row = WarehouseJson.object()
                .put(FailureCases.TENANT_ID, c.tenantId())
                .put(FailureCases.CASE_ID, c.caseId())
                .put(FailureCases.TICKET_ID, text(c.ticketId()))
                .put(FailureCases.DAY, c.day().toString())
                .put(FailureCases.CREATED_AT, WarehouseJson.dateTime64(c.createdAt()))
                .put(FailureCases.DEVICE_SN, text(c.deviceSn()))
                .put(FailureCases.FAULT_CODE, text(c.faultCode()))
                .put(FailureCases.DOMAIN, text(c.domain()))
                .put(FailureCases.PRODUCT_MODEL, text(c.productModel()))
                .put(FailureCases.BATCH, text(c.batch()))
                .put(FailureCases.FIRMWARE, text(c.firmware() != null ? c.firmware() : c.seenFirmware()))
                .put(FailureCases.FIRMWARE_SEEN, text(c.seenFirmware()))
                .put(FailureCases.REGION, text(c.region()))
                .put(FailureCases.SITE_ID, text(c.siteId()))
                .put(FailureCases.AMBIENT_TEMP_C, c.ambientTempC())
                .put(FailureCases.TEMP_BAND, TemperatureCodes.band(c.ambientTempC()))
                .put(FailureCases.AGE_BAND, AgeBands.of(c.productionDate(), c.day()))
                .put(FailureCases.ROOT_CAUSE, text(c.rootCause()))
                .put(FailureCases.REPAIRS, c.repairs())
                .put(FailureCases.AS_OF, WarehouseJson.dateTime64(c.asOf()))
                .put(FailureCases.VERSION, c.asOf().toEpochMilli());
        array(row, FailureCases.SYMPTOMS, c.symptoms());
        array(row, FailureCases.ACCESSORIES, c.photoLabels());
        array(row, FailureCases.PARTS, c.parts());
        array(row, FailureCases.WORDS, c.words());
        array(row, FailureCases.CODES, c.codes().stream().map(Code::text).toList());
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
