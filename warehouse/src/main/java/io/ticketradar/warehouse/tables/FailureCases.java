package io.ticketradar.warehouse.tables;

/** The table {@code failure_cases} and its columns, as the DDL in {@code db/migration} creates them. */
public final class FailureCases {

    public static final String TABLE = "failure_cases";

    public static final String TENANT_ID = "tenant_id";
    public static final String CASE_ID = "case_id";
    public static final String TICKET_ID = "ticket_id";
    public static final String DAY = "day";
    public static final String CREATED_AT = "created_at";
    public static final String DEVICE_SN = "device_sn";
    public static final String FAULT_CODE = "fault_code";
    public static final String DOMAIN = "domain";
    public static final String PRODUCT_MODEL = "product_model";
    public static final String BATCH = "batch";
    public static final String FIRMWARE = "firmware";
    public static final String FIRMWARE_SEEN = "firmware_seen";
    public static final String REGION = "region";
    public static final String SITE_ID = "site_id";
    public static final String AMBIENT_TEMP_C = "ambient_temp_c";
    public static final String TEMP_BAND = "temp_band";
    public static final String AGE_BAND = "age_band";
    public static final String SYMPTOMS = "symptoms";
    public static final String ACCESSORIES = "accessories";
    public static final String PARTS = "parts";
    public static final String ROOT_CAUSE = "root_cause";
    public static final String WORDS = "words";
    public static final String CODES = "codes";
    public static final String REPAIRS = "repairs";
    public static final String AS_OF = "as_of";
    public static final String VERSION = "version";

    private FailureCases() {}
}
