package io.ticketradar.datasets.cli;

import io.ticketradar.datasets.progress.ProgressMeter;

import java.io.PrintStream;
import java.util.Set;

/**
 * What the command-line commands share: their flags, --help, and how they fail. A command line that
 * cannot run exits 2 and a run that fails exits 1, each with a one-line message and never a stack trace.
 */
public final class CommandLine {
    private CommandLine() {}

    /** A command's work once its flags are parsed; returns the exit code. */
    public interface Body {
        int run(Flags flags) throws UsageException;
    }

    public static int run(
            String name,
            String usage,
            Set<String> valued,
            Set<String> switches,
            String[] args,
            PrintStream out,
            PrintStream err,
            Body body) {
        try {
            Flags flags = Flags.parse(args, valued, switches);
            if (flags.has("help")) {
                out.print(usage);
                return 0;
            }
            return body.run(flags);
        } catch (UsageException e) {
            err.println(name + ": " + e.getMessage());
            err.println("run `ticketradar " + name + " --help` for the options");
            return 2;
        } catch (RuntimeException e) {
            err.println(name + ": " + e.getMessage());
            return 1;
        }
    }

    /** No progress with --quiet, else the style that suits the stream. */
    public static ProgressMeter.Style progress(Flags flags, PrintStream err) {
        return flags.has("quiet") ? ProgressMeter.Style.NONE : ProgressMeter.Style.detect(err);
    }
}
