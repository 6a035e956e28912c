package org.tthc.api;

import org.tthc.api.cli.BenchCommand;
import org.tthc.api.cli.ExplainCommand;
import org.tthc.api.cli.GenerateCommand;
import org.tthc.api.cli.IngestCommand;
import org.tthc.api.cli.NationalCommand;
import org.tthc.api.cli.QualityCommand;
import org.tthc.api.cli.RecomputeCommand;
import org.tthc.api.cli.ReportCommand;
import org.tthc.api.cli.QuarantineCommand;
import org.tthc.api.cli.RunCommand;
import org.tthc.api.cli.SqlCommand;
import org.tthc.api.cli.StatsCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one entry point of the app jar: {@code java -jar tthc.jar run|generate|ingest|stats|quality|sql|recompute|report|national|quarantine|bench|…}. */
@Command(name = "tthc", mixinStandardHelpOptions = true, versionProvider = TthcMain.Version.class,
        description = "TTHC platform: statistics warehouse for administrative procedures.",
        subcommands = {RunCommand.class, GenerateCommand.class, IngestCommand.class, StatsCommand.class,
                QualityCommand.class, SqlCommand.class, RecomputeCommand.class, ExplainCommand.class, ReportCommand.class,
                NationalCommand.class, QuarantineCommand.class, BenchCommand.class})
public final class TthcMain implements Runnable {

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new TthcMain());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + messageOf(e));
            return 1;
        });
        int code = cli.execute(args);
        if (code != 0 || !isLongRunning(args)) {
            System.exit(code);
        }
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }

    private static boolean isLongRunning(String[] args) {
        return args.length > 0 && args[0].equals("run");
    }

    private static String messageOf(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = TthcMain.class.getPackage().getImplementationVersion();
            return new String[] {"tthc " + (v == null ? "development build" : v)};
        }
    }
}
