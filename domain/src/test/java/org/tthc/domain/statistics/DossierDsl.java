package org.tthc.domain.statistics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.tthc.domain.dossier.ApplicantType;
import org.tthc.domain.dossier.Channel;
import org.tthc.domain.dossier.DossierEvent;
import org.tthc.domain.dossier.DossierRecord;
import org.tthc.domain.dossier.EventIds;
import org.tthc.domain.dossier.StatusCode;
import org.tthc.domain.dossier.SupplementRound;

/**
 * A small language for writing dossier histories by hand:
 * {@code dossier("H99-1").receivedAt("2025-10-03 09:00").due("2025-10-10 17:00").status(9).finishedAt(...)} and
 * {@code event("H99-1", "2025-10-10 16:59", 9)}. Times are local date-times in Asia/Ho_Chi_Minh written
 * {@code yyyy-MM-dd HH:mm[:ss[.SSS]]}.
 */
public final class DossierDsl {
    /** The source system of every hand-written record and event. */
    public static final String SOURCE = "hand-written";
    /** The content of an agency's "apology and new appointment" step (phiếu xin lỗi và hẹn lại ngày trả kết quả). */
    public static final String APOLOGY = "Xin lỗi và hẹn lại ngày trả kết quả";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss[.SSS]]");

    private DossierDsl() {
    }

    public static LocalDateTime time(String text) {
        return text == null ? null : LocalDateTime.parse(text, TIME);
    }

    public static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    public static DossierBuilder dossier(String dossierCode) {
        return new DossierBuilder(dossierCode);
    }

    /** A processing step that left the dossier in {@code status}; its id is derived as for sources that give none. */
    public static DossierEvent event(String dossierCode, String occurredAt, int status) {
        return event(dossierCode, occurredAt, status, null, null);
    }

    /** The agency's apology and new appointment: a step whose own deadline is later than the dossier's due date. */
    public static DossierEvent apology(String dossierCode, String occurredAt, String newAppointment) {
        return event(dossierCode, occurredAt, StatusCode.PROCESSING.code(), APOLOGY, newAppointment);
    }

    private static DossierEvent event(String dossierCode, String occurredAt, int status, String content,
                                      String stepDueAt) {
        LocalDateTime at = time(occurredAt);
        StatusCode code = StatusCode.of(status);
        String id = EventIds.of(SOURCE, dossierCode, at, code, "handler", "department", content);
        return new DossierEvent(SOURCE, dossierCode, id, at, code, "handler", null, "department", content, at,
                time(stepDueAt));
    }

    /** Builds one version of a dossier record; unset fields are those of an accepted, in-person dossier. */
    public static final class DossierBuilder {
        private final String dossierCode;
        private String handlingOrgCode = HandComputedCases.PROVINCE;
        private String sectorCode = "S01";
        private String sectorName = "Lĩnh vực thử nghiệm";
        private Channel channel = Channel.IN_PERSON;
        private LocalDateTime receivedAt;
        private LocalDateTime dueAt;
        private StatusCode status = StatusCode.ACCEPTED;
        private LocalDateTime finishedAt;
        private final List<SupplementRound> supplements = new ArrayList<>();
        private String originalDossierCode;
        private LocalDateTime sourceUpdatedAt;

        private DossierBuilder(String dossierCode) {
            this.dossierCode = dossierCode;
        }

        /** The handling organisation. */
        public DossierBuilder at(String orgCode) {
            this.handlingOrgCode = orgCode;
            return this;
        }

        /** The sector (lĩnh vực); null for a record that names none. */
        public DossierBuilder sector(String code, String name) {
            this.sectorCode = code;
            this.sectorName = name;
            return this;
        }

        public DossierBuilder receivedAt(String time) {
            this.receivedAt = time(time);
            return this;
        }

        public DossierBuilder due(String time) {
            this.dueAt = time(time);
            return this;
        }

        public DossierBuilder status(int code) {
            this.status = StatusCode.of(code);
            return this;
        }

        public DossierBuilder finishedAt(String time) {
            this.finishedAt = time(time);
            return this;
        }

        /** A missing channel counts as in person. */
        public DossierBuilder channel(Channel channel) {
            this.channel = channel;
            return this;
        }

        public DossierBuilder online() {
            return channel(Channel.ONLINE);
        }

        /** A supplement round; {@code completedAt} null while open, {@code newDueAt} null when the source gives none. */
        public DossierBuilder supplement(String requestedAt, String completedAt, String newDueAt) {
            supplements.add(new SupplementRound(time(requestedAt), time(completedAt), null, time(newDueAt)));
            return this;
        }

        /** Marks an inter-agency copy of {@code original}. */
        public DossierBuilder copyOf(String original) {
            this.originalDossierCode = original;
            return this;
        }

        /** When the source last changed this version. */
        public DossierBuilder updatedAt(String time) {
            this.sourceUpdatedAt = time(time);
            return this;
        }

        public DossierRecord build() {
            return new DossierRecord(SOURCE, dossierCode, "1.000001", "Thủ tục thử nghiệm", sectorCode, sectorName,
                    channel, ApplicantType.CITIZEN, null, handlingOrgCode, null, receivedAt, dueAt, status, finishedAt,
                    null, supplements, originalDossierCode, sourceUpdatedAt);
        }
    }
}
