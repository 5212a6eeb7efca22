package io.ticketradar.models.scratch;

import io.ticketradar.datasets.generate.DataGenerator;
import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.datasets.generate.GeneratorSettings;
import io.ticketradar.datasets.scenario.Scenario;
import io.ticketradar.datasets.scenario.Scenarios;
import io.ticketradar.datasets.truth.GroundTruthRecorder;
import io.ticketradar.events.Decoded;
import io.ticketradar.events.EventCodec;
import io.ticketradar.models.detect.DetectorSettings;
import io.ticketradar.models.evaluate.GroundTruth;
import io.ticketradar.models.evaluate.PatternEvaluation;
import io.ticketradar.models.offline.OfflineDetection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;

/** scenario[,scenario...] seed... : prints the scorecards. */
public class Evaluate {
    public static void main(String[] args) throws Exception {
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
        for (String name : args[0].split(",")) {
            for (int i = 1; i < args.length; i++) {
                long seed = Long.parseLong(args[i]);
                Scenario scenario = Scenarios.load(name);
                LocalDate start = scenario.start() != null
                        ? scenario.startDate()
                        : LocalDate.parse(System.getProperty("start", "2025-11-01"));
                int days = scenario.days() != null ? scenario.days() : Integer.getInteger("days", 120);
                GeneratorSettings gs =
                        GeneratorSettings.of(1, start, days, Integer.getInteger("perDay", 120), seed, scenario);
                DataGenerator gen = new DataGenerator(gs);
                GroundTruthRecorder truth = new GroundTruthRecorder(gen);
                OfflineDetection run = new OfflineDetection(
                        ds, Duration.ofDays(1), Duration.ofMinutes(10), t -> ZoneId.of("Asia/Shanghai"));
                EventCodec codec = new EventCodec();
                long t0 = System.nanoTime();
                Iterator<GeneratedRecord> it = gen.records(truth);
                while (it.hasNext()) {
                    GeneratedRecord r = it.next();
                    if (codec.decode(r.value()) instanceof Decoded.Valid v) {
                        run.accept(v.event());
                    }
                }
                run.finish();
                Path file = Files.createTempFile("truth", ".json");
                truth.write(file);
                GroundTruth gt = GroundTruth.read(file);
                Files.delete(file);
                for (String tenant : run.tenants()) {
                    var card = PatternEvaluation.score(tenant, gt.tenants().get(tenant), run.states(tenant), days - 28);
                    if (Boolean.getBoolean("history")) {
                        for (var c : run.changes(tenant)) {
                            if (c.isNew() || c.statusChanged() || c.definitionChanged()) {
                                var p = c.pattern();
                                System.out.printf(
                                        "   %s %s %s %s O=%d E=%.1f%n",
                                        p.evaluatedAt(),
                                        p.patternId(),
                                        p.status(),
                                        p.definingCodes(),
                                        p.observed(),
                                        p.expected());
                            }
                        }
                    }
                    System.out.printf(
                            "== %s seed %d (%.0f s)%n%s",
                            name, seed, (System.nanoTime() - t0) / 1e9, PatternEvaluation.table(card));
                }
            }
        }
    }
}
