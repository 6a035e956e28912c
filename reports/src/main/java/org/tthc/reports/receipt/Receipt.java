package org.tthc.reports.receipt;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What the receipt of a dossier (Mẫu 01, Circular 01/2018/TT-VPCP: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả") states.
 *
 * @param processingTime the legal processing time in words, e.g. "3 ngày làm việc"
 * @param channel        how it was handed in, in Vietnamese ("Trực tiếp", "Trực tuyến", …)
 * @param receivedBy     the receiving officer's name, or how it arrived when no officer received it
 * @param documents      the documents received, in the procedure's order
 */
public record Receipt(
        String dossierCode,
        String organisationName,
        String applicantName,
        String applicantPhone,
        String procedureName,
        String processingTime,
        String channel,
        LocalDateTime receivedAt,
        LocalDateTime dueAt,
        String receivedBy,
        List<ReceivedDocument> documents) {

    public Receipt {
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(receivedAt, "receivedAt");
        documents = List.copyOf(documents);
    }

    /** A document handed in: its name (the procedure's component name, else the file's) and number of copies. */
    public record ReceivedDocument(String name, int copies) {
    }
}
