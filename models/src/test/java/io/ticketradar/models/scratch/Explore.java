package io.ticketradar.models.scratch;

import io.ticketradar.datasets.generate.DataGenerator;
import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.datasets.generate.GeneratorSettings;
import io.ticketradar.datasets.scenario.Scenarios;
import io.ticketradar.events.Decoded;
import io.ticketradar.events.EventCodec;
import io.ticketradar.models.detect.DetectorSettings;
import io.ticketradar.models.offline.OfflineDetection;
import io.ticketradar.models.track.FailurePattern;
import io.ticketradar.models.track.PatternChange;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;

public class Explore {
    public static void main(String[] args) {
        String scenario = args.length > 0 ? args[0] : "before";
        LocalDate start = LocalDate.parse(args.length > 1 ? args[1] : "2025-12-01");
        int days = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        GeneratorSettings gs = GeneratorSettings.of(1, start, days, 120, 7L, Scenarios.load(scenario));
        DataGenerator gen = new DataGenerator(gs);
        EventCodec codec = new EventCodec();
        OfflineDetection run = new OfflineDetection(
                DetectorSettings.defaults(),
                Duration.ofHours(1),
                Duration.ofMinutes(10),
                t -> ZoneId.of("Asia/Shanghai"));
        long t0 = System.nanoTime();
        Iterator<GeneratedRecord> it = gen.records();
        while (it.hasNext()) {
            GeneratedRecord r = it.next();
            if (codec.decode(new String(r.value(), StandardCharsets.UTF_8)) instanceof Decoded.Valid v) {
                run.accept(v.event());
            }
        }
        run.finish();
        System.out.printf("events %d in %.1f s%n", run.events(), (System.nanoTime() - t0) / 1e9);
        for (String tenant : run.tenants()) {
            for (PatternChange c : run.changes(tenant)) {
                if (c.isNew() || c.statusChanged() || c.definitionChanged()) {
                    FailurePattern p = c.pattern();
                    System.out.printf(
                            "%s %s %-8s det=%s onset=%s %s O=%d E=%.1f p=%.2g w=%d %s%n",
                            p.evaluatedAt(),
                            p.patternId(),
                            p.status().code(),
                            p.detectedOn(),
                            p.onsetEstimate(),
                            p.definingCodes(),
                            p.observed(),
                            p.expected(),
                            p.pValue(),
                            p.windowDays(),
                            c.isNew() ? "NEW" : c.statusChanged() ? "STATUS" : "CODES");
                }
            }
            for (FailurePattern p : run.patterns(tenant)) {
                System.out.println(p.patternId() + " " + p.status().code() + " " + p.descriptionZh());
                System.out.println("   " + p.descriptionEn() + " | " + p.titleEn() + " | hints " + p.hints() + " opp="
                        + p.opportunity() + " " + p.opportunityReason());
            }
        }
    }
}
