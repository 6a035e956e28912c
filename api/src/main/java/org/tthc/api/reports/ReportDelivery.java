package org.tthc.api.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tthc.api.national.RetryPolicy;
import org.tthc.domain.period.Period;
import org.tthc.domain.period.PeriodKind;
import org.tthc.reports.NothingToReportException;
import org.tthc.reports.ReportContext;
import org.tthc.reports.ReportKind;
import org.tthc.reports.ReportPack;
import org.tthc.reports.output.ReportFiles;
import org.tthc.reports.render.ReportFormat;
import org.tthc.warehouse.quality.GateDecision;

/**
 * One delivery run of the report pack for a period, recorded in {@link ReportRuns}: fail closed — a period whose data
 * quality gate refuses it, or with nothing to report, is not rendered nor delivered and the run says why; otherwise
 * the pack is rendered once and delivered to the configured folder and mail. A failing attempt is retried with
 * exponential backoff; after the last one the run is FAILED and the operator is told (log and mail). A FAILED run
 * can be restarted: it delivers the files it rendered, or renders them when it had not got that far.
 */
public final class ReportDelivery {
    private static final Logger log = LoggerFactory.getLogger(ReportDelivery.class);

    /** The period's quality gate (Spark in production). */
    @FunctionalInterface
    public interface Gate {
        GateDecision check(Period period);
    }

    /** Waits between attempts; a test may pass one that does not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(java.time.Duration duration) throws InterruptedException;
    }

    private final ReportPack pack;
    private final Gate gate;
    private final ReportRuns runs;
    private final ReportProperties properties;
    private final Optional<ReportMail> mail;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final Path outputDir;
    private final Clock clock;

    public ReportDelivery(ReportPack pack, Gate gate, ReportRuns runs, ReportProperties properties,
                          Optional<ReportMail> mail, Path outputDir, Sleeper sleeper, Clock clock) {
        if (properties.delivery().mail().enabled() && mail.isEmpty()) {
            throw new IllegalStateException("tthc.reports.delivery.mail.enabled is true but no mail server is "
                    + "configured: set spring.mail.host (and port, user, password)");
        }
        if (properties.delivery().mail().enabled() && properties.delivery().mail().to().isEmpty()) {
            throw new IllegalStateException("tthc.reports.delivery.mail.enabled is true but "
                    + "tthc.reports.delivery.mail.to names no recipient");
        }
        this.pack = pack;
        this.gate = gate;
        this.runs = runs;
        this.properties = properties;
        this.mail = mail;
        this.retry = new RetryPolicy(properties.retry().maxAttempts(), properties.retry().initialBackoff(),
                properties.retry().multiplier(), properties.retry().maxBackoff(), 0.0);
        this.sleeper = sleeper;
        this.outputDir = outputDir;
        this.clock = clock;
    }

    /** The period a scheduled run of {@code kind} on {@code today} reports: the last complete one. */
    public static Period previous(PeriodKind kind, LocalDate today) {
        YearMonth month = YearMonth.from(today).minusMonths(1);
        return switch (kind) {
            case MONTH -> Period.month(month.getYear(), month.getMonthValue());
            case QUARTER -> Period.quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Period.year(today.getYear() - 1);
            case CUSTOM -> throw new IllegalArgumentException("a custom period has no schedule");
        };
    }

    /** The scheduled run of {@code kind}: the last complete period. */
    public ReportRun scheduled(PeriodKind kind) {
        return run(previous(kind, LocalDate.now(clock)), "SCHEDULE");
    }

    /** Runs the pack for {@code period}, recorded as a new run; returns it finished. */
    public ReportRun run(Period period, String triggeredBy) {
        long id = runs.start(period.kind().name(), period.toString(), org().orElse(null), triggeredBy, clock.instant());
        return execute(id, period, List.of());
    }

    /** Restarts FAILED run {@code id}; empty when there is no such run or it is not FAILED. */
    public Optional<ReportRun> restart(long id) {
        Optional<ReportRun> run = runs.find(id);
        if (run.isEmpty() || !runs.restart(id)) {
            return Optional.empty();
        }
        List<Path> rendered = run.get().files().stream().map(Path::of).filter(Files::isRegularFile).toList();
        if (rendered.size() != run.get().files().size()) {
            rendered = List.of();
        }
        return Optional.of(execute(id, Period.parse(run.get().period()), rendered));
    }

    private ReportRun execute(long id, Period period, List<Path> alreadyRendered) {
        List<Path> files = new ArrayList<>(alreadyRendered);
        while (true) {
            int attempt = runs.attempt(id);
            try {
                if (files.isEmpty()) {
                    GateDecision decision = gate.check(period);
                    if (!decision.allowed()) {
                        return finish(id, ReportRunStatus.QUALITY_GATE, "quality gate: " + decision.summary()
                                + "; fix or override the findings (./tthc quality --period " + period + "), then run"
                                + " again", null);
                    }
                    files.addAll(render(period));
                    runs.rendered(id, files.stream().map(Path::toString).toList());
                }
                String destinations = deliver(period, files);
                log.info("report run {} for {}: {} files delivered to {}", id, period, files.size(), destinations);
                return finish(id, ReportRunStatus.DELIVERED, null, destinations);
            } catch (NothingToReportException e) {
                return finish(id, ReportRunStatus.NOTHING_TO_REPORT, e.getMessage(), null);
            } catch (RuntimeException e) {
                String reason = "attempt " + attempt + ": " + e.getMessage();
                if (!retry.mayRetry(attempt)) {
                    ReportRun failed = finish(id, ReportRunStatus.FAILED, reason, null);
                    notifyOperator(failed, e);
                    return failed;
                }
                runs.failedAttempt(id, reason);
                log.warn("report run {} for {} failed ({}); trying again in {}", id, period, reason,
                        retry.delayAfter(attempt));
                try {
                    sleeper.sleep(retry.delayAfter(attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return finish(id, ReportRunStatus.FAILED, reason + "; interrupted before the next attempt", null);
                }
            }
        }
    }

    private List<Path> render(Period period) {
        List<ReportContext> contexts = pack.contexts(period, org(), LocalDate.now(clock));
        for (ReportContext context : contexts) {
            if (context.own().total() == 0) {
                throw new NothingToReportException(period, context.orgCode());
            }
        }
        List<ReportKind> kinds = properties.reports().isEmpty() ? List.of(ReportKind.values())
                : properties.reports().stream().map(ReportKind::parse).toList();
        List<ReportFormat> formats = ReportFormat.parseList(String.join(",", properties.formats()));
        return pack.render(contexts, kinds, formats, new ReportFiles(outputDir)).stream()
                .map(ReportPack.Written::file).toList();
    }

    private String deliver(Period period, List<Path> files) {
        List<String> destinations = new ArrayList<>();
        Path folder = properties.delivery().folder();
        if (folder != null) {
            try {
                Files.createDirectories(folder);
                for (Path file : files) {
                    Files.copy(file, folder.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new ReportDeliveryException("the reports could not be copied to " + folder + ": " + e, e);
            }
            destinations.add("folder " + folder);
        }
        ReportProperties.Mail m = properties.delivery().mail();
        if (m.enabled()) {
            mail.orElseThrow().send(m.to(), m.subject() + " — " + ReportContext.periodName(period),
                    "Báo cáo kỳ " + ReportContext.periodName(period) + " (" + files.size() + " tệp đính kèm).\n"
                            + "Số liệu từ kho dữ liệu TTHC; tệp có tên {mã đơn vị}_{báo cáo}_{kỳ}_v{n}.",
                    files);
            destinations.add("mail " + String.join(", ", m.to()));
        }
        return destinations.isEmpty() ? "output folder " + outputDir + " only" : String.join("; ", destinations);
    }

    private void notifyOperator(ReportRun run, RuntimeException e) {
        log.error("report run {} for {} FAILED after {} attempts: {}. Fix the cause, then restart it: "
                + "POST /api/reports/runs/{}/restart", run.id(), run.period(), run.attempts(), run.reason(), run.id(), e);
        String operator = properties.operatorMail();
        if (operator.isBlank() || mail.isEmpty()) {
            return;
        }
        try {
            mail.get().send(List.of(operator), "[TTHC] Báo cáo kỳ " + run.period() + " không gửi được (lần chạy "
                    + run.id() + ")", "The report run " + run.id() + " for " + run.period() + " failed after "
                    + run.attempts() + " attempts.\nReason: " + run.reason() + "\nRestart it once fixed: POST "
                    + "/api/reports/runs/" + run.id() + "/restart", List.of());
        } catch (RuntimeException mailFailure) {
            log.error("the operator {} could not be mailed about report run {}: {}", operator, run.id(),
                    mailFailure.getMessage());
        }
    }

    private ReportRun finish(long id, ReportRunStatus status, String reason, String destinations) {
        runs.finish(id, status, reason, destinations, clock.instant());
        if (status == ReportRunStatus.NOTHING_TO_REPORT || status == ReportRunStatus.QUALITY_GATE) {
            log.warn("report run {}: not delivered: {}", id, reason);
        }
        return runs.find(id).orElseThrow();
    }

    private Optional<String> org() {
        return properties.org().isBlank() ? Optional.empty() : Optional.of(properties.org());
    }
}
