package org.tthc.reports.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The output folder of the reports: files named {@code {org code}_{report}_{period}_v{n}.{ext}}. A regenerated
 * report gets the next version, in every format; older versions are never overwritten. A run writes into a
 * {@link Batch}, a hidden staging folder inside the output folder, and its files appear under their names only when
 * the whole run has rendered: a run that fails or is killed leaves no file, half written or otherwise, where a reader
 * would take it for a report.
 */
public final class ReportFiles {
    private static final String STAGING_PREFIX = ".partial-";
    private static final Pattern STAGING = Pattern.compile(Pattern.quote(STAGING_PREFIX) + "(\\d+)-.*");

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

    /**
     * A new staging folder for one run's files, {@code .partial-{pid}-{n}} in the output folder; the staging folders
     * left by processes no longer alive (a killed run) are deleted first.
     */
    public Batch batch() {
        try {
            Files.createDirectories(folder);
            deleteAbandonedStaging();
            return new Batch(Files.createTempDirectory(folder, STAGING_PREFIX + ProcessHandle.current().pid() + "-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging folder in the report folder " + folder, e);
        }
    }

    private void deleteAbandonedStaging() throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.toList()) {
                Matcher staging = STAGING.matcher(entry.getFileName().toString());
                if (staging.matches() && ProcessHandle.of(Long.parseLong(staging.group(1))).isEmpty()) {
                    deleteTree(entry);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * One run's files: each is written to {@link #stage(Path) its staging path} and moved to its name by
     * {@link #publish()}, all of them after the last is written. Closed without publishing (the run failed), the
     * staged files are deleted.
     */
    public final class Batch implements AutoCloseable {
        private final Path staging;
        private final Map<Path, Path> staged = new LinkedHashMap<>();

        private Batch(Path staging) {
            this.staging = staging;
        }

        /** Where to write the file that {@link #publish()} puts at {@code target} (a {@link #path} of this folder). */
        public Path stage(Path target) {
            Path file = staging.resolve(target.getFileName());
            staged.put(file, target);
            return file;
        }

        /** Moves every staged file to its name (a rename within the folder each) and returns the names. */
        public List<Path> publish() {
            List<Path> published = new ArrayList<>();
            try {
                for (Map.Entry<Path, Path> file : staged.entrySet()) {
                    Files.move(file.getKey(), file.getValue(), StandardCopyOption.ATOMIC_MOVE);
                    published.add(file.getValue());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot move the rendered reports into " + folder, e);
            }
            staged.clear();
            return published;
        }

        @Override
        public void close() {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the staging folder " + staging, e);
            }
        }
    }

    private static String stem(String orgCode, String report, String period) {
        return safe(orgCode) + "_" + report + "_" + safe(period);
    }

    /** Keeps file names portable: anything but letters, digits, '.', '-' becomes '-'. */
    private static String safe(String text) {
        return text.replaceAll("[^A-Za-z0-9.\\-]", "-");
    }
}
