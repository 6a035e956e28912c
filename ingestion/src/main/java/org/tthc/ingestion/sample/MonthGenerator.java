package org.tthc.ingestion.sample;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.tthc.domain.dossier.Channel;

/**
 * Generates the dossiers received in one month into {@code dossiers-YYYY-MM.json} and {@code progress-YYYY-MM.json},
 * from a random stream of its own: months are independent, so they can run in parallel and stay deterministic.
 * Within a day dossiers are made in receive-time order, so daily sequences grow with time.
 */
final class MonthGenerator {
    private static final int BUFFER_BYTES = 1 << 20;
    /** Receive times: 60% in the morning 07:30–11:30, the rest 13:00–16:45 (as offsets from 07:30). */
    private static final int MORNING_SECONDS = 4 * 3600;
    private static final int AFTERNOON_START = 5 * 3600 + 1800;
    private static final int LAST_RECEIPT = WorkingTime.WORKDAY - 900;
    /** Re-synced dossiers per 1,000: the record is sent again later with newer state. */
    private static final int RESYNCED_PER_MILLE = 2;

    private final SampleWorld world;
    private final YearMonth month;
    private final long dossiers;
    private final SplittableRandom random;
    /** The ratings' own stream: rating draws leave the dossiers of a seed unchanged. */
    private final SplittableRandom ratingRandom;
    private final AtomicLong dossiersDone;
    private final AtomicLong eventsDone;
    private final DossierNumbers numbers;
    private final DossierDraft draft = new DossierDraft();
    private final List<DossierDraft> resynced = new ArrayList<>();

    MonthGenerator(SampleWorld world, YearMonth month, long dossiers, long seed, AtomicLong dossiersDone,
                   AtomicLong eventsDone) {
        this.world = world;
        this.month = month;
        this.dossiers = dossiers;
        this.random = new SplittableRandom(seed * 1_000_003L + month.getYear() * 12L + month.getMonthValue());
        this.ratingRandom = new SplittableRandom(~(seed * 1_000_003L + month.getYear() * 12L + month.getMonthValue()));
        this.dossiersDone = dossiersDone;
        this.eventsDone = eventsDone;
        this.numbers = new DossierNumbers(world.organisations().size());
    }

    static String dossierFileName(YearMonth month) {
        return "dossiers-" + month + ".json";
    }

    static String progressFileName(YearMonth month) {
        return "progress-" + month + ".json";
    }

    static String ratingFileName(YearMonth month) {
        return "ratings-" + month + ".json";
    }

    /** Writes the month's three files; returns the number of re-synced duplicate records. */
    long generate(Path directory) throws IOException {
        List<LocalDate> days = workingDays();
        int[] perDay = SampleMath.apportion(dossiers, days.stream().mapToDouble(MonthGenerator::dayWeight).toArray());
        try (OutputStream dossierOut = open(directory.resolve(dossierFileName(month)));
             OutputStream progressOut = open(directory.resolve(progressFileName(month)));
             DossierSyncWriter dossierWriter = new DossierSyncWriter(dossierOut, world);
             ProgressUpdateWriter progressWriter = new ProgressUpdateWriter(progressOut, world.timeFormat());
             OutputStream ratingOut = open(directory.resolve(ratingFileName(month)));
             RatingWriter ratingWriter = new RatingWriter(ratingOut, world, ratingRandom)) {
            for (int i = 0; i < days.size(); i++) {
                long events = generateDay(days.get(i), perDay[i], dossierWriter, progressWriter, ratingWriter);
                dossiersDone.addAndGet(perDay[i]);
                eventsDone.addAndGet(events);
            }
            for (DossierDraft later : resynced) {
                dossierWriter.write(later);
            }
        }
        return resynced.size();
    }

    private long generateDay(LocalDate day, int count, DossierSyncWriter dossierWriter,
                             ProgressUpdateWriter progressWriter, RatingWriter ratingWriter) throws IOException {
        OrganisationDirectory.DayRouting routing = world.organisations().routingOn(day);
        numbers.startDay(day.toEpochDay(), world.timeFormat());
        long dayStart = (long) world.time().ordinalOnOrAfter(day.toEpochDay()) * WorkingTime.WORKDAY;
        int[] offsets = receiptOffsets(count);
        long events = 0;
        ProcedureTable procedures = world.procedures();
        DossierDraft d = draft;
        for (int offset : offsets) {
            int p = procedures.pick(random);
            SampleProcedure procedure = procedures.procedure(p);
            d.procedure = p;
            d.organisation = routing.pick(procedure.scope(), procedures.department(p), random);
            d.channel = channel(procedure.procedure().onlineServiceLevel());
            world.applicants().fill(d, random, procedure.procedure().feeVnd() > 0);
            String ministry = d.channel == Channel.ONLINE && random.nextInt(4) == 0 ? procedure.ministryCode() : "";
            numbers.assign(d, world.organisations().code(d.organisation), d.organisation, ministry);
            world.lifecycle().live(d, procedure.procedure().processingTime(), dayStart + offset, random);
            if (random.nextInt(1_000) < RESYNCED_PER_MILLE && d.visibleEvents >= 3) {
                writeOlderCopy(d, dossierWriter);
            } else {
                dossierWriter.write(d);
            }
            events += progressWriter.write(d);
            ratingWriter.maybeRate(d);
        }
        return events;
    }

    /** A re-synced dossier: the state after fewer events goes out now, the full state at the end of the file. */
    private void writeOlderCopy(DossierDraft d, DossierSyncWriter dossierWriter) throws IOException {
        int visible = d.visibleEvents;
        resynced.add(d.copy());
        d.visibleEvents = 2 + random.nextInt(visible - 2);
        dossierWriter.write(d);
        d.visibleEvents = visible;
    }

    /** Online for procedures offered online (level 3–4) about two thirds of the time; ~60% of all dossiers. */
    private Channel channel(int onlineServiceLevel) {
        int roll = random.nextInt(100);
        if (onlineServiceLevel < 3) {
            return roll < 93 ? Channel.IN_PERSON : Channel.POSTAL;
        }
        return roll < 66 ? Channel.ONLINE : roll < 95 ? Channel.IN_PERSON : Channel.POSTAL;
    }

    private int[] receiptOffsets(int count) {
        int[] offsets = new int[count];
        for (int i = 0; i < count; i++) {
            offsets[i] = random.nextInt(10) < 6
                    ? random.nextInt(MORNING_SECONDS)
                    : AFTERNOON_START + random.nextInt(LAST_RECEIPT - AFTERNOON_START);
        }
        Arrays.sort(offsets);
        return offsets;
    }

    private List<LocalDate> workingDays() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            if (world.time().isWorkingDay(day.toEpochDay())) {
                days.add(day);
            }
        }
        if (days.isEmpty()) {
            throw new IllegalStateException(month + " has no working day");
        }
        return days;
    }

    /** Mondays are busiest, Fridays quietest. */
    private static double dayWeight(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.MONDAY ? 1.2 : dow == DayOfWeek.TUESDAY ? 1.05 : dow == DayOfWeek.FRIDAY ? 0.9 : 1.0;
    }

    private static OutputStream open(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file), BUFFER_BYTES);
    }
}
