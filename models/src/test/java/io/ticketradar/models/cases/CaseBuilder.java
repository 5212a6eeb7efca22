package io.ticketradar.models.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Failure cases for tests: a reported ticket at 10:00 Shanghai time on its day with one symptom, the fields a test
 * does not name left at plain values. Shared with the pipelines' tests through the models test-jar.
 */
public final class CaseBuilder {
    private final String tenantId;
    private final String caseId;
    private final LocalDate day;
    private String deviceSn;
    private String faultCode;
    private String domain;
    private String productModel = "M-1";
    private String batch = "B1";
    private String firmware = "fw1";
    private String region;
    private String siteId = "S-1";
    private Double ambientTempC = 15.0;
    private LocalDate produced;
    private List<String> symptoms = List.of();
    private String techTeam;

    private CaseBuilder(String tenantId, String caseId, LocalDate day) {
        this.tenantId = tenantId;
        this.caseId = caseId;
        this.day = day;
        this.deviceSn = "SN-" + caseId;
    }

    /** A ticket's case whose id is also the ticket's. */
    public static CaseBuilder ticket(String tenantId, String caseId, LocalDate day) {
        return new CaseBuilder(tenantId, caseId, day);
    }

    /** The same case with another fault code: a later diagnosis. */
    public static FailureCase diagnosed(FailureCase c, String faultCode) {
        return new CaseBuilder(c.tenantId(), c.caseId(), c.day())
                .device(c.deviceSn())
                .fault(faultCode)
                .domain(c.domain())
                .model(c.productModel())
                .batch(c.batch())
                .firmware(c.firmware())
                .region(c.region())
                .site(c.siteId())
                .temperature(c.ambientTempC())
                .symptoms(c.symptoms())
                .team(c.techTeam())
                .build();
    }

    public CaseBuilder device(String sn) {
        this.deviceSn = sn;
        return this;
    }

    /** The fault code, and the fault's own symptom {@code s-<fault>} unless symptoms are given. */
    public CaseBuilder fault(String code) {
        this.faultCode = code;
        if (symptoms.isEmpty() && code != null) {
            symptoms = List.of("s-" + code);
        }
        return this;
    }

    public CaseBuilder domain(String value) {
        this.domain = value;
        return this;
    }

    public CaseBuilder model(String value) {
        this.productModel = value;
        return this;
    }

    public CaseBuilder batch(String value) {
        this.batch = value;
        return this;
    }

    public CaseBuilder firmware(String value) {
        this.firmware = value;
        return this;
    }

    public CaseBuilder region(String value) {
        this.region = value;
        return this;
    }

    public CaseBuilder site(String value) {
        this.siteId = value;
        return this;
    }

    public CaseBuilder temperature(Double celsius) {
        this.ambientTempC = celsius;
        return this;
    }

    /** The device's production date, which gives the case its age code. */
    public CaseBuilder produced(LocalDate value) {
        this.produced = value;
        return this;
    }

    public CaseBuilder symptoms(List<String> values) {
        this.symptoms = List.copyOf(values);
        return this;
    }

    public CaseBuilder team(String value) {
        this.techTeam = value;
        return this;
    }

    public FailureCase build() {
        Instant at = day.atTime(10, 0).toInstant(ZoneOffset.ofHours(8));
        return new FailureCase(
                tenantId,
                caseId,
                caseId,
                day,
                at,
                deviceSn,
                faultCode,
                domain,
                productModel,
                batch,
                firmware,
                null,
                region,
                siteId,
                ambientTempC,
                produced,
                symptoms,
                List.of(),
                List.of(),
                null,
                List.of(),
                techTeam,
                null,
                0,
                false,
                null,
                at);
    }
}
