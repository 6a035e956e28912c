package org.tthc.ingestion.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.tthc.domain.calendar.WorkingCalendar;
import org.tthc.domain.catalogue.OrganisationsJson;
import org.tthc.domain.catalogue.ProceduresJson;
import org.tthc.domain.catalogue.SuccessionsJson;

/**
 * Generates the sample province's data ({@code ./tthc generate}): {@code organisations.json} (every version),
 * {@code successions.json} (the reform's crosswalk) and {@code procedures.json}, then per receive month {@code dossiers-YYYY-MM.json} (DongBoHoSoMC) and
 * {@code progress-YYYY-MM.json} (CapNhatTienDoHoSoMC) and {@code ratings-YYYY-MM.json} (the applicants' ratings of
 * the month's dossiers, see {@code RatingWriter}). The same configuration gives byte-identical files whatever
 * the number of threads.
 */
public final class SampleGenerator {
    public static final String ORGANISATIONS_FILE = "organisations.json";
    public static final String PROCEDURES_FILE = "procedures.json";
    public static final String SUCCESSIONS_FILE = "successions.json";
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(2);
    /** Relative dossier volume by calendar month: quiet around Tết (February), busy at year end. */
    private static final double[] SEASON = {1.05, 0.8, 1.0, 1.0, 1.0, 1.0, 0.95, 1.0, 1.0, 1.0, 1.05, 1.1};

    private final SampleConfig config;

    public SampleGenerator(SampleConfig config) {
        this.config = config;
    }

    public static String dossierFileName(YearMonth month) {
        return MonthGenerator.dossierFileName(month);
    }

    public static String progressFileName(YearMonth month) {
        return MonthGenerator.progressFileName(month);
    }

    public static String ratingFileName(YearMonth month) {
        return MonthGenerator.ratingFileName(month);
    }

    /** Writes all files into {@code directory} (created if needed); overwrites files of the same names. */
    public SampleSummary generate(Path directory, ProgressListener listener) throws IOException {
        long started = System.nanoTime();
        Files.createDirectories(directory);
        SampleCatalogue catalogue = SampleCatalogue.binhAn();
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), workerThreads());
        try {
            // The catalogue files are written while the main thread builds the world: both take a few hundred ms.
            Future<Long> catalogueFiles = pool.submit(() -> {
                OrganisationsJson.write(directory.resolve(ORGANISATIONS_FILE), catalogue.organisations());
                SuccessionsJson.write(directory.resolve(SUCCESSIONS_FILE), catalogue.successions());
                ProceduresJson.write(directory.resolve(PROCEDURES_FILE), catalogue.procedures());
                return 0L;
            });
            SampleWorld world = SampleWorld.create(config, catalogue, WorkingCalendar.vietnam());
            AtomicLong dossiersDone = new AtomicLong();
            AtomicLong eventsDone = new AtomicLong();
            long[] perMonth = dossiersPerMonth(world);
            List<Future<Long>> months = new ArrayList<>();
            for (int m = 0; m < config.months(); m++) {
                MonthGenerator month = new MonthGenerator(world, config.from().plusMonths(m), perMonth[m],
                        config.seed(), dossiersDone, eventsDone);
                months.add(pool.submit(() -> month.generate(directory)));
            }
            long resynced = 0;
            await(catalogueFiles, () -> { });
            for (Future<Long> month : months) {
                resynced += await(month, () -> listener.progress(new SampleProgress(dossiersDone.get(),
                        config.dossiers(), eventsDone.get(), Duration.ofNanos(System.nanoTime() - started))));
            }
            SampleSummary summary = new SampleSummary(directory, config.dossiers(), resynced, eventsDone.get(),
                    3 + 3 * config.months(), Duration.ofNanos(System.nanoTime() - started));
            listener.finished(summary);
            return summary;
        } finally {
            pool.shutdownNow();
        }
    }

    private long await(Future<Long> month, Runnable onTick) throws IOException {
        while (true) {
            try {
                return month.get(PROGRESS_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                onTick.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("sample generation interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
            }
        }
    }

    /** The total split over the months in proportion to working days and season. */
    private long[] dossiersPerMonth(SampleWorld world) {
        double[] weights = new double[config.months()];
        for (int m = 0; m < weights.length; m++) {
            YearMonth month = config.from().plusMonths(m);
            int workingDays = 0;
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                if (world.time().isWorkingDay(month.atDay(d).toEpochDay())) {
                    workingDays++;
                }
            }
            weights[m] = workingDays * SEASON[month.getMonthValue() - 1];
        }
        int[] parts = SampleMath.apportion(config.dossiers(), weights);
        long[] result = new long[parts.length];
        for (int m = 0; m < parts.length; m++) {
            result[m] = parts[m];
        }
        return result;
    }

    private static java.util.concurrent.ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "sample-month-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
