package org.tthc.reports.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The output folder of the reports: files named {@code {org code}_{report}_{period}_v{n}.{ext}}. A regenerated
 * report gets the next version, in every format; older versions are never overwritten.
 */
public final class ReportFiles {
    private final Path folder;

    public ReportFiles(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** The version the next rendering of {@code report} for {@code orgCode} and {@code period} gets: 1 + the highest. */
    public int nextVersion(String orgCode, String report, String period) {
        Pattern name = Pattern.compile(Pattern.quote(stem(orgCode, report, period)) + "_v(\\d+)\\.[A-Za-z0-9]+");
        if (!Files.isDirectory(folder)) {
            return 1;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> name.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max().orElse(0) + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path of version {@code version} of the report in {@code extension}; the folder is created if missing. */
    public Path path(String orgCode, String report, String period, int version, String extension) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the report folder " + folder, e);
        }
        return folder.resolve(stem(orgCode, report, period) + "_v" + version + "." + extension);
    }

    private static String stem(String orgCode, String report, String period) {
        return safe(orgCode) + "_" + report + "_" + safe(period);
    }

    /** Keeps file names portable: anything but letters, digits, '.', '-' becomes '-'. */
    private static String safe(String text) {
        return text.replaceAll("[^A-Za-z0-9.\\-]", "-");
    }
}
