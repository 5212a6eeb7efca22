package io.ticketradar.models.scratch;

import io.ticketradar.datasets.generate.DataGenerator;
import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.datasets.generate.GeneratorSettings;
import io.ticketradar.datasets.scenario.Scenarios;
import io.ticketradar.events.Decoded;
import io.ticketradar.events.EventCodec;
import io.ticketradar.models.cases.CaseAssembly;
import io.ticketradar.models.cases.FailureCase;
import io.ticketradar.models.detect.Detection;
import io.ticketradar.models.detect.DetectorSettings;
import io.ticketradar.models.detect.TenantDetector;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;

public class Detections {
    public static void main(String[] args) {
        String scenario = args.length > 0 ? args[0] : "before";
        LocalDate start = LocalDate.parse(args.length > 1 ? args[1] : "2025-12-01");
        int days = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        GeneratorSettings gs = GeneratorSettings.of(1, start, days, 120, 7L, Scenarios.load(scenario));
        EventCodec codec = new EventCodec();
        CaseAssembly assembly = new CaseAssembly(t -> zone);
        DetectorSettings d0 = DetectorSettings.defaults();
        DetectorSettings ds = new DetectorSettings(
                d0.tests(),
                d0.baselineDays(),
                d0.minBaselineDays(),
                d0.priorExposure(),
                Integer.getInteger("minSupport", d0.minSupport()),
                Double.parseDouble(System.getProperty("minRatio", "" + d0.minRatio())),
                d0.minExcess(),
                Double.parseDouble(System.getProperty("alpha", "" + d0.alpha())),
                d0.explainShare(),
                d0.maxContexts());
        TenantDetector detector = new TenantDetector(ds);
        long t0 = System.nanoTime();
        long[] evalNanos = new long[1];
        Iterator<GeneratedRecord> it = new DataGenerator(gs).records();
        LocalDate day = null;
        while (it.hasNext()) {
            GeneratedRecord r = it.next();
            if (!(codec.decode(new String(r.value(), StandardCharsets.UTF_8)) instanceof Decoded.Valid v)) {
                continue;
            }
            LocalDate d = r.publishAt().atZone(zone).toLocalDate();
            if (day != null && d.isAfter(day)) {
                long e0 = System.nanoTime();
                List<Detection> found = detector.evaluate(day);
                evalNanos[0] += System.nanoTime() - e0;
                for (Detection det : found) {
                    System.out.printf(
                            "%s %s O=%d E=%.1f N=%.0f p=%.2g w=%d also=%s%n",
                            day,
                            det.codes(),
                            det.observed(),
                            det.expected(),
                            det.exposure(),
                            det.pValue(),
                            det.windowDays(),
                            det.also().size());
                }
            }
            day = d;
            for (FailureCase c : assembly.apply(v.event(), codec.body(v.event()))) {
                detector.upsert(c);
            }
        }
        System.err.printf("total %.1f s, evaluations %.1f s%n", (System.nanoTime() - t0) / 1e9, evalNanos[0] / 1e9);
    }
}
