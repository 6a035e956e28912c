package org.tthc.api.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.boot.SpringApplication;
import org.tthc.api.TthcApplication;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tthc run}: the platform on embedded defaults, with the sample province on first start. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Starts the platform on embedded defaults (Spark local, Delta under the data folder).",
                "On first start it generates and ingests the sample province, then prints the URL."})
public final class RunCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port on 127.0.0.1 (default: ${DEFAULT-VALUE}).", defaultValue = "8080")
    int port;

    @Option(names = "--data", description = "Data folder (default: ${DEFAULT-VALUE}).", defaultValue = "./data")
    Path data;

    @Option(names = "--no-sample", description = "Do not generate the sample province on first start.")
    boolean noSample;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        args.add("--server.port=" + port);
        args.add("--tthc.warehouse.data-dir=" + data);
        if (noSample) {
            args.add("--tthc.ingestion.sample-on-first-start=false");
        }
        SpringApplication.run(TthcApplication.class, args.toArray(String[]::new));
        return 0;
    }
}
