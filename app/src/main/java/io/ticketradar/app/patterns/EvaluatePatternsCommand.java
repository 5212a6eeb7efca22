package io.ticketradar.app.patterns;

import io.ticketradar.datasets.cli.CommandLine;
import io.ticketradar.datasets.cli.UsageException;
import io.ticketradar.datasets.dataset.GeneratedDataset;
import io.ticketradar.models.evaluate.GroundTruth;
import io.ticketradar.models.evaluate.PatternEvaluation;
import io.ticketradar.models.offline.OfflineDetection;
import io.ticketradar.pipelines.patterns.PatternSettings;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code ticketradar evaluate-patterns DIR}: replays a generated data set through the detector in arrival order and
 * scores what it reported against the data set's ground truth (issue 7's harness: found or missed and the delay of
 * each injected pattern, top-10 precision, decoy alerts, false alarms per 30 days, exact defining codes).
 */
public final class EvaluatePatternsCommand {

    static final String USAGE = """
            usage: ticketradar evaluate-patterns DIR [options]
              Replays the generated data set in DIR through the emerging-pattern detector, as `patterns` does, and
              compares what it reported with DIR/ground_truth.json: per injected pattern found or missed, its delay
              from onset and from the day enough of its tickets existed to be detected at all, whether the defining
              codes equal the injected ones; the precision of the top 10, alerts raised by decoys and false alarms
              per 30 days. Prints a table per tenant.

              --interval 1h|1d   how often each tenant is evaluated (default 1d)
              --json FILE        also write the scores as JSON
            """;
    private static final Set<String> VALUED = Set.of("interval", "json");
    private static final Set<String> SWITCHES = Set.of("help");

    private EvaluatePatternsCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return CommandLine.run("evaluate-patterns", USAGE, VALUED, SWITCHES, args, out, err, flags -> {
            Path dir = PatternsCommand.dataset(flags);
            Path truthFile = dir.resolve(GeneratedDataset.GROUND_TRUTH);
            if (!Files.exists(truthFile)) {
                throw new UsageException(dir + " has no " + GeneratedDataset.GROUND_TRUTH
                        + ": only generated data sets can be evaluated (use `patterns` for others)");
            }
            GroundTruth truth = read(truthFile);
            PatternSettings settings = PatternSettings.defaults();
            OfflineDetection detection = DatasetDetection.run(
                    dir, settings, PatternsCommand.interval(flags), PatternsCommand.outOfOrderness());
            int warmUp = settings.detector().minBaselineDays()
                    + settings.detector().tests().stream()
                            .mapToInt(t -> t.guardDays())
                            .min()
                            .orElse(0);
            List<PatternEvaluation.Scorecard> cards = new ArrayList<>();
            truth.tenants().forEach((tenant, expected) -> {
                PatternEvaluation.Scorecard card = PatternEvaluation.score(
                        tenant, expected, detection.states(tenant), Math.max(0, truth.days() - warmUp));
                cards.add(card);
                out.print(PatternEvaluation.table(card));
            });
            PatternsCommand.writeJson(flags, cards);
            return 0;
        });
    }

    private static GroundTruth read(Path file) {
        try {
            return GroundTruth.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
