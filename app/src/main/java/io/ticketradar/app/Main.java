package io.ticketradar.app;

import io.ticketradar.app.bench.BenchCommand;
import io.ticketradar.app.patterns.EvaluatePatternsCommand;
import io.ticketradar.app.patterns.PatternsCommand;
import io.ticketradar.datasets.cli.GenerateCommand;
import io.ticketradar.datasets.cli.ImportCommand;
import io.ticketradar.datasets.cli.ReplayCommand;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** The {@code ticketradar} command: one JVM, one subcommand. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || List.of("--help", "-h", "help").contains(args[0])) {
            out.print(usage());
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "demo" -> StackCommand.demo(List.of(rest), out, err);
                case "run" -> StackCommand.run(List.of(rest), out, err);
                case "tokens" -> TokensCommand.run(List.of(rest), out, err);
                case "digest" -> DigestCommand.run(List.of(rest), out, err);
                case "recompute" -> RecomputeCommand.run(List.of(rest), out, err);
                case "generate" -> GenerateCommand.run(rest, out, err);
                case "replay" -> ReplayCommand.run(rest, out, err);
                case "import" -> ImportCommand.run(rest, out, err);
                case "patterns" -> PatternsCommand.run(rest, out, err);
                case "evaluate-patterns" -> EvaluatePatternsCommand.run(rest, out, err);
                case "bench" -> BenchCommand.run(rest, out, err);
                default -> {
                    err.println("ticketradar: unknown command '" + args[0] + "'");
                    err.print(usage());
                    yield 2;
                }
            };
        } catch (ConfigException e) {
            err.println("ticketradar: " + e.getMessage());
            return 2;
        }
    }

    static String usage() {
        StringBuilder s = new StringBuilder("""
                usage: ./ticketradar <command> [flags]

                commands:
                  demo       start everything on http://127.0.0.1:7070 with two demo tenants and live generated
                             traffic (--no-traffic: the same stack, no generated events); prints each tenant's token
                             and display (read-only) token
                  run        start the stack for your own data; API tokens from --tokens-file (see 'tokens')
                  tokens     issue an API token: tokens issue <tenant_id> [--display] (printed once, only its hash is
                             stored; --display: read-only, for wall screens); tokens issue --group <group_id> for a
                             tenant group of the tenants file (<tenant>.group = <group_id>)
                  digest     print a tenant's morning digest now: digest --tenant <tenant_id> [--date YYYY-MM-DD]
                             [--json] (from the running stack, or the warehouse of --data-dir)
                  recompute  rebuild a tenant's daily indicators from a day on under its policy versions as they are
                             now: recompute --tenant <tenant_id> --from YYYY-MM-DD (by the running stack, or on the
                             warehouse of --data-dir)
                  generate   write a generated data set with ground truth (generate --help)
                  replay     publish a data set to Kafka in event-time order (replay --help)
                  import     import a CSV or Excel file through a mapping (import --help)
                  patterns   the emerging failure patterns in a data set folder (patterns DIR), or in a tenant's
                             history in the warehouse (patterns --tenant T --from D --to D, which also reads the
                             detector's baseline before D) (patterns --help)
                  evaluate-patterns
                             score the pattern detector on a generated data set against its ground truth
                  bench      measure: bench patterns (offline pattern mining), bench pipeline (Kafka -> every
                             job -> warehouse), each beside a baseline measured in the same run
                  setup      fetch what the app needs (JDK 25 check, the embedded ClickHouse engine)
                  test       run the whole test suite, as CI does

                settings of demo and run (flag, else environment variable, else --config FILE, else default):
                """);
        for (Setting setting : Setting.values()) {
            s.append(String.format(
                    "  %-24s %-32s %s (default: %s)%n",
                    setting.flag() + " VALUE",
                    setting.envVar(),
                    setting.description(),
                    setting.defaultValue().isEmpty() ? "none" : setting.defaultValue()));
        }
        return s.toString();
    }
}
