package org.tthc.ingestion.sample;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes applicants' ratings of finished dossiers as a rating file ({@code ratings-YYYY-MM.json}, read by
 * {@code RatingFileReader}): {@code {"ratings":[…]}}, each element a portal-lite rating row — {@code dossier_code},
 * {@code handling_org_code}, {@code rated_at} (DVCQG {@code yyyyMMddHHmmss}), {@code overall} (1 very satisfied,
 * 2 satisfied, 3 not satisfied) and {@code indicator_1}, {@code indicator_3}, {@code indicator_4},
 * {@code indicator_7} (0–2, left out when not answered).
 * <p>
 * About one finished dossier in five is rated, within three days of its end and before the snapshot. Answers lean
 * towards satisfied, less so for a late dossier; indicator 1 (total time against the legal time) follows the
 * dossier's lateness exactly, indicator 3 (contacts to complete the dossier) its supplement round, indicator 7 (the
 * officers' attitude) the overall answer. The draws come from a random stream of their own, so the dossiers and
 * events of a seed are the same with or without ratings.
 */
final class RatingWriter implements Closeable {
    private static final int RATED_PERCENT = 20;
    private static final int RATING_DELAY_SECONDS = 3 * WorkingTime.SECONDS_PER_DAY;

    private final JsonGenerator json;
    private final SampleWorld world;
    private final SplittableRandom random;
    private final byte[] time = new byte[WireTimeFormat.LENGTH];
    private long written;

    RatingWriter(OutputStream out, SampleWorld world, SplittableRandom random) throws IOException {
        this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        this.world = world;
        this.random = random;
        json.writeStartObject();
        json.writeArrayFieldStart("ratings");
    }

    /** Rates {@code d} when it was solved (finished or returned, not withdrawn) before the snapshot, one time in five. */
    void maybeRate(DossierDraft d) throws IOException {
        if (random.nextInt(100) >= RATED_PERCENT) {
            return;
        }
        long end = earliest(d.firstVisible(9), d.firstVisible(10));
        if (end == DossierDraft.NONE || d.firstVisible(7) != DossierDraft.NONE) {
            return;
        }
        long ratedAt = end + 60 + random.nextInt(RATING_DELAY_SECONDS);
        if (ratedAt >= world.snapshotAt()) {
            return;
        }
        long due = d.supplementNewDueAt != DossierDraft.NONE ? d.supplementNewDueAt : d.dueAt;
        long endDay = Math.floorDiv(end, WorkingTime.SECONDS_PER_DAY);
        long dueDay = due == DossierDraft.NONE ? Long.MAX_VALUE : Math.floorDiv(due, WorkingTime.SECONDS_PER_DAY);
        boolean late = endDay > dueDay;
        int overall = overall(late);
        json.writeStartObject();
        json.writeStringField("dossier_code", new String(d.code, 0, d.codeLength, StandardCharsets.US_ASCII));
        json.writeStringField("handling_org_code",
                new String(world.organisations().code(d.organisation), StandardCharsets.US_ASCII));
        world.timeFormat().format(ratedAt, time, 0);
        json.writeStringField("rated_at", new String(time, StandardCharsets.US_ASCII));
        json.writeNumberField("overall", overall);
        // 1: total handling time against the legal time: shorter 2, equal 1, longer 0
        score("indicator_1", endDay < dueDay ? 2 : endDay == dueDay ? 1 : 0, 95);
        // 3: times the applicant had to contact the desk to complete the dossier: none 2, one 1
        boolean supplemented = d.supplementRequestEvent >= 0;
        score("indicator_3", supplemented ? (random.nextInt(100) < 85 ? 1 : 0) : (random.nextInt(100) < 92 ? 2 : 1),
                90);
        // 4: organisations the applicant had to contact
        int contacts = random.nextInt(100);
        score("indicator_4", contacts < 85 ? 2 : contacts < 97 ? 1 : 0, 85);
        // 7: the officers' attitude, in line with the overall answer
        int attitude = random.nextInt(100);
        score("indicator_7", overall == 1 ? 2 : overall == 2 ? (attitude < 65 ? 2 : 1) : (attitude < 50 ? 0 : 1), 95);
        json.writeEndObject();
        written++;
    }

    long written() {
        return written;
    }

    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.close();
    }

    /** 1 very satisfied, 2 satisfied, 3 not satisfied: mostly satisfied, far less so when late. */
    private int overall(boolean late) {
        int roll = random.nextInt(100);
        if (late) {
            return roll < 15 ? 1 : roll < 60 ? 2 : 3;
        }
        return roll < 45 ? 1 : roll < 93 ? 2 : 3;
    }

    /** Writes the score, answered {@code answeredPercent} percent of the time. */
    private void score(String field, int value, int answeredPercent) throws IOException {
        if (random.nextInt(100) < answeredPercent) {
            json.writeNumberField(field, value);
        }
    }

    private static long earliest(long a, long b) {
        if (a == DossierDraft.NONE) {
            return b;
        }
        return b == DossierDraft.NONE ? a : Math.min(a, b);
    }
}
