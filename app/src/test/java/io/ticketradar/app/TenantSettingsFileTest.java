package io.ticketradar.app;

import io.ticketradar.api.TenantGroups;
import io.ticketradar.events.Priority;
import io.ticketradar.pipelines.PipelineSettings;
import io.ticketradar.pipelines.TenantZones;
import io.ticketradar.pipelines.alerts.Webhook;
import io.ticketradar.pipelines.alerts.WebhookFormat;
import io.ticketradar.pipelines.duplicates.MergePolicy;
import io.ticketradar.pipelines.indicators.Healthy;
import io.ticketradar.pipelines.indicators.HealthyThresholds;
import io.ticketradar.pipelines.indicators.Indicator;
import io.ticketradar.pipelines.lifecycle.SlaPolicy;
import io.ticketradar.pipelines.lifecycle.WorkingCalendar;
import io.ticketradar.pipelines.lifecycle.WorkingHours;
import io.ticketradar.warehouse.WarehouseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TenantSettingsFileTest {

    @TempDir
    Path dir;

    private final PipelineSettings defaults =
            PipelineSettings.defaults("127.0.0.1:9092", WarehouseConfig.embedded("/tmp/w"), Path.of("/tmp/c"));

    @Test
    void setsZonesThresholdsAndWebhooksPerTenant() throws Exception {
        Path file = write("""
                acme.zone = Europe/Berlin
                acme.breakpoint-threshold = 0.04
                acme.webhooks = wecom:https://robot.example/send?key=abc, json:https://ops.example/hook
                beta.zone = Asia/Urumqi
                """);
        PipelineSettings settings = TenantSettingsFile.apply(file, defaults);
        assertEquals(ZoneId.of("Europe/Berlin"), settings.indicators().zones().zoneOf("acme"));
        assertEquals(ZoneId.of("Asia/Urumqi"), settings.indicators().zones().zoneOf("beta"));
        assertEquals(ZoneId.of("Asia/Shanghai"), settings.indicators().zones().zoneOf("other"), "the default zone");
        assertEquals(new BigDecimal("0.04"), settings.alerts().thresholdOf("acme"));
        assertEquals(new BigDecimal("0.05"), settings.alerts().thresholdOf("beta"), "the default threshold");
        assertEquals(
                List.of(
                        new Webhook(URI.create("https://robot.example/send?key=abc"), WebhookFormat.WECOM),
                        new Webhook(URI.create("https://ops.example/hook"), WebhookFormat.JSON)),
                settings.alerts().webhooksOf("acme"));
        assertTrue(settings.alerts().webhooksOf("beta").isEmpty());
    }

    @Test
    void aTenantSetsItsOwnServiceLevelsAndKeepsTheSpecsForTheRest() throws Exception {
        Path file = write("""
                acme.sla.first-response = 4h
                acme.sla.breakpoint-stay = 90m
                acme.sla.resolution.P2 = 3d
                beta.zone = Asia/Urumqi
                """);
        PipelineSettings settings = TenantSettingsFile.apply(file, defaults);
        SlaPolicy acme = settings.indicators().slas().of("acme");
        assertEquals(Duration.ofHours(4), acme.firstResponse());
        assertEquals(Duration.ofMinutes(90), acme.breakpointStay());
        assertEquals(Duration.ofDays(3), acme.resolutionOf(Priority.P2));
        assertEquals(Duration.ofHours(24), acme.resolutionOf(Priority.P1), "the spec's for a priority not set");
        assertEquals(SlaPolicy.DEFAULT, settings.indicators().slas().of("beta"));

        assertTrue(message("acme.sla.first-response = 2 hours").contains("acme.sla.first-response"));
        assertTrue(
                message("acme.sla.resolution.P2 = 0h").contains("not a positive duration in minutes, hours or days"));
        assertTrue(message("acme.sla.resolution.P9 = 4h").contains("unknown key 'acme.sla.resolution.P9'"));
    }

    @Test
    void aTenantCountsItsServiceLevelsInItsBusinessHoursInItsZone() throws Exception {
        Path file = write("""
                acme.zone = Europe/Berlin
                acme.sla.first-response = 4h
                acme.sla.hours = MON-FRI 09:00-12:00,13:00-18:00
                acme.sla.holidays = 2027-02-06..2027-02-08, 2027-04-05
                acme.sla.workdays = 2027-02-14
                beta.sla.hours = MON-SUN 00:00-24:00
                beta.sla.holidays = 2027-01-01
                gamma.sla.first-response = 4h
                """);
        PipelineSettings settings = TenantSettingsFile.apply(file, defaults);
        SlaPolicy acme = settings.indicators().slas().of("acme");
        WorkingCalendar calendar = acme.calendar();
        assertEquals(ZoneId.of("Europe/Berlin"), calendar.zone(), "the tenant's zone");
        assertEquals(WorkingHours.parse("MON-FRI 09:00-12:00,13:00-18:00"), calendar.hours());
        assertEquals(
                List.of(
                        LocalDate.of(2027, 2, 6),
                        LocalDate.of(2027, 2, 7),
                        LocalDate.of(2027, 2, 8),
                        LocalDate.of(2027, 4, 5)),
                calendar.holidays());
        assertEquals(List.of(LocalDate.of(2027, 2, 14)), calendar.workdays());
        assertEquals(Duration.ofHours(4), acme.firstResponse());
        assertEquals(
                TenantZones.DEFAULT_ZONE,
                settings.indicators().slas().of("beta").calendar().zone());
        assertEquals(
                SlaPolicy.DEFAULT.withCalendar(
                        WorkingCalendar.of(TenantZones.DEFAULT_ZONE, WorkingHours.parse("MON-SUN 00:00-24:00"))
                                .withHolidays(List.of(LocalDate.of(2027, 1, 1)))),
                settings.indicators().slas().of("beta"),
                "hours alone keep the spec's targets");
        assertEquals(
                WorkingCalendar.ALWAYS, settings.indicators().slas().of("gamma").calendar(), "no hours: 24x7");
        assertEquals(SlaPolicy.DEFAULT, settings.indicators().slas().of("other"));
    }

    @Test
    void aBadCalendarNamesItsKeyAndWhatIsWrong() throws Exception {
        assertAll(
                () -> assertMessage("acme.sla.hours", "'MOM' is not a weekday", "acme.sla.hours = MOM-FRI 09:00-18:00"),
                () -> assertMessage(
                        "acme.sla.hours",
                        "'18:00-09:00' does not end after it starts",
                        "acme.sla.hours = MON 18:00-09:00"),
                () -> assertMessage(
                        "acme.sla.holidays",
                        "'2027-02-31' is not a date",
                        "acme.sla.hours = MON-FRI 09:00-18:00\nacme.sla.holidays = 2027-02-31"),
                () -> assertMessage(
                        "acme.sla.workdays",
                        "2027-02-07 is both a holiday and a working day",
                        "acme.sla.hours = MON-FRI 09:00-18:00\nacme.sla.holidays = 2027-02-06..2027-02-08\n"
                                + "acme.sla.workdays = 2027-02-07"),
                () -> assertMessage(
                        "acme.sla.holidays", "needs acme.sla.hours", "acme.sla.holidays = 2027-02-06..2027-02-08"),
                () -> assertMessage(
                        "acme.sla.hours",
                        "resolution of P4 (PT120H) is more working time than 100 weeks",
                        "acme.sla.hours = MON 09:00-10:00"),
                () -> assertMessage("unknown key 'acme.sla.holiday'", "", "acme.sla.holiday = 2027-01-01"));
    }

    private void assertMessage(String key, String what, String content) throws Exception {
        String message = message(content);
        assertTrue(message.contains(key) && message.contains(what), message);
    }

    @Test
    void aTenantSetsItsOwnHealthyThresholdsAndItsBreakerThresholdIsTheGauges() throws Exception {
        Path file = write("""
                acme.healthy.first_response_compliance = 0.90
                acme.healthy.overdue_rate = <=0.10
                acme.breakpoint-threshold = 0.08
                """);
        HealthyThresholds thresholds =
                TenantSettingsFile.apply(file, defaults).indicators().thresholds();
        assertEquals(Healthy.atLeast(0.90), thresholds.of("acme", Indicator.FIRST_RESPONSE_COMPLIANCE));
        assertEquals(Healthy.atMost(0.10), thresholds.of("acme", Indicator.OVERDUE_RATE));
        assertEquals(Healthy.atMost(0.08), thresholds.of("acme", Indicator.BREAKPOINT_RATE));
        assertEquals(Healthy.atLeast(0.95), thresholds.of("beta", Indicator.FIRST_RESPONSE_COMPLIANCE));

        assertTrue(message("acme.healthy.bounce_rate = 0.2").contains("no direction; say '>=0.2' or '<=0.2'"));
        assertTrue(message("acme.healthy.first_response_compliance = high").contains("is not a threshold"));
        assertTrue(message("acme.healthy.happiness = 0.9").contains("unknown key 'acme.healthy.happiness'"));
    }

    @Test
    void aTenantMayAskForAMorningDigestAtALocalTime() throws Exception {
        Path file = write("""
                acme.zone = Europe/Berlin
                acme.digest.at = 08:30
                beta.digest.at = 07:45:30
                gamma.zone = Asia/Urumqi
                """);
        assertEquals(
                Map.of("acme", LocalTime.of(8, 30), "beta", LocalTime.of(7, 45, 30)),
                TenantSettingsFile.digestTimes(file));
        assertEquals(
                ZoneId.of("Europe/Berlin"),
                TenantSettingsFile.apply(file, defaults).indicators().zones().zoneOf("acme"));
        Path bad = write("acme.digest.at = half past eight");
        assertTrue(assertThrows(ConfigException.class, () -> TenantSettingsFile.digestTimes(bad))
                .getMessage()
                .contains("acme.digest.at"));
    }

    @Test
    void aTenantsDuplicatesAreSuggestedUnlessItsPolicyIsToMerge() throws Exception {
        PipelineSettings settings =
                TenantSettingsFile.apply(write("acme.duplicates = merge\nbeta.duplicates = suggest"), defaults);
        assertEquals(MergePolicy.MERGE, settings.duplicates().policyOf("acme"));
        assertEquals(MergePolicy.SUGGEST, settings.duplicates().policyOf("beta"));
        assertEquals(MergePolicy.SUGGEST, settings.duplicates().policyOf("other"), "the default");
        assertTrue(message("acme.duplicates = delete").contains("acme.duplicates"));
        assertTrue(message("acme.duplicates = delete").contains("suggest or merge"));
    }

    @Test
    void badEntriesNameTheKeyAndWhatIsExpected() throws Exception {
        assertTrue(message("acme.zone = Mars/Olympus").contains("acme.zone"));
        assertTrue(message("acme.breakpoint-threshold = 5%").contains("not a share between 0 and 1"));
        assertTrue(message("acme.breakpoint-threshold = 1.5").contains("not a share between 0 and 1"));
        assertTrue(message("acme.webhooks = slack:https://x").contains("wecom or json"));
        assertTrue(message("acme.webhooks = wecom:ftp://x").contains("wecom or json"));
        assertTrue(message("acme.colour = blue").contains("unknown key 'acme.colour'"));
    }

    private String message(String content) throws Exception {
        Path file = write(content);
        return assertThrows(ConfigException.class, () -> TenantSettingsFile.apply(file, defaults))
                .getMessage();
    }

    @Test
    void tenantsJoinAGroupByOneKeyAndABadGroupIdIsNamed() throws Exception {
        Path file = write("""
                wuxi.group = east-china-dealers
                suzhou.group = east-china-dealers
                suzhou.zone = Asia/Shanghai
                xian.zone = Asia/Shanghai
                """);
        TenantGroups groups = TenantSettingsFile.groups(file);
        assertEquals(Set.of("suzhou", "wuxi"), groups.tenantsOf("east-china-dealers"));
        assertEquals(Optional.empty(), groups.groupOf("xian"));

        ConfigException e = assertThrows(
                ConfigException.class, () -> TenantSettingsFile.groups(write("wuxi.group = east china\n")));
        assertTrue(e.getMessage().contains("'east china'"), e.getMessage());
    }

    private Path write(String content) throws Exception {
        Path file = Files.createTempFile(dir, "tenants", ".properties");
        Files.writeString(file, content);
        return file;
    }
}
