package org.tthc.api.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;

import org.tthc.ingestion.sample.ProgressListener;
import org.tthc.ingestion.sample.SampleConfig;
import org.tthc.ingestion.sample.SampleGenerator;
import org.tthc.ingestion.sample.SampleProgress;
import org.tthc.ingestion.sample.SampleSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tthc generate}: the sample province as DongBoHoSoMC / CapNhatTienDoHoSoMC files. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a realistic sample province (Tỉnh Bình An, 000.00.00.H99) as national packet files:",
                "organisations.json, procedures.json, dossiers-YYYY-MM.json (DongBoHoSoMC) and",
                "progress-YYYY-MM.json (CapNhatTienDoHoSoMC). Deterministic for a seed."})
public final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--dossiers", description = "Dossiers to generate (default: ${DEFAULT-VALUE}).", defaultValue = "100000")
    long dossiers;

    @Option(names = "--months", description = "Months of data (default: ${DEFAULT-VALUE}).", defaultValue = "12")
    int months;

    @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    long seed;

    @Option(names = "--from", description = "First month, YYYY-MM (default: so that the data ends in 2025-12).")
    YearMonth from;

    @Option(names = "--out", required = true, description = "Output folder (created if missing).")
    Path out;

    @Override
    public Integer call() throws Exception {
        SampleConfig config = SampleConfig.of(dossiers, months, seed);
        if (from != null) {
            config = config.withFrom(from);
        }
        SampleSummary summary = new SampleGenerator(config).generate(out, new ProgressListener() {
            @Override
            public void progress(SampleProgress progress) {
                System.err.println("generate: " + progress);
            }
        });
        System.err.println("generate: " + summary);
        return 0;
    }
}
