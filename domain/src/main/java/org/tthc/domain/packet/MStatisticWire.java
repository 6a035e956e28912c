package org.tthc.domain.packet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The MStatistic wire form: the one place where the packet's exact field names live, in the XSD's propOrder,
 * including the historical misspellings {@code PreExtisting} and {@code OrganizationInchargeIdlevel1} (lower-case
 * "l"; the rating and trace packets spell it with a capital L). Boxed types so that a missing field is reported
 * by name instead of read as 0.
 */
@JacksonXmlRootElement(localName = "MStatistic")
@JsonPropertyOrder({"Month", "Year", "IsMonthStatistic", "NewReception", "PreExtisting", "Total", "TotalSolved",
        "SolvedInTime", "SolvedInTimePercent", "SolvedLate", "SolvedLatePercent", "TotalPending", "Pending",
        "PendingLate", "PendingLatePercent", "PendingPercent", "Note", "OrganizationInchargeIdlevel1",
        "OrganizationInchargeName"})
record MStatisticWire(
        @JsonProperty("Month") Integer month,
        @JsonProperty("Year") Integer year,
        @JsonProperty("IsMonthStatistic") Boolean monthStatistic,
        @JsonProperty("NewReception") Integer newReception,
        @JsonProperty("PreExtisting") Integer preExisting,
        @JsonProperty("Total") Integer total,
        @JsonProperty("TotalSolved") Integer totalSolved,
        @JsonProperty("SolvedInTime") Integer solvedInTime,
        @JsonProperty("SolvedInTimePercent") BigDecimal solvedInTimePercent,
        @JsonProperty("SolvedLate") Integer solvedLate,
        @JsonProperty("SolvedLatePercent") BigDecimal solvedLatePercent,
        @JsonProperty("TotalPending") Integer totalPending,
        @JsonProperty("Pending") Integer pending,
        @JsonProperty("PendingLate") Integer pendingLate,
        @JsonProperty("PendingLatePercent") BigDecimal pendingLatePercent,
        @JsonProperty("PendingPercent") BigDecimal pendingPercent,
        @JsonProperty("Note") String note,
        @JsonProperty("OrganizationInchargeIdlevel1") String organisationCode,
        @JsonProperty("OrganizationInchargeName") String organisationName) {

    static MStatisticWire of(StatisticsPacket p) {
        return new MStatisticWire(p.month(), p.year(), p.monthStatistic(), p.newReception(), p.preExisting(),
                p.total(), p.totalSolved(), p.solvedInTime(), p.solvedInTimePercent(), p.solvedLate(),
                p.solvedLatePercent(), p.totalPending(), p.pending(), p.pendingLate(), p.pendingLatePercent(),
                p.pendingPercent(), p.note(), p.organisationCode(), p.organisationName());
    }

    /**
     * The packet, or an {@link IllegalArgumentException} naming every missing field by its wire name, or a percentage
     * that is not one ({@link WirePercent}). An absent {@code Note} reads as empty (OpenCPS leaves it out); every
     * other field is required.
     */
    StatisticsPacket toPacket() {
        List<String> missing = new ArrayList<>();
        String[] names = MStatisticWire.class.getAnnotation(JsonPropertyOrder.class).value();
        Object[] values = {month, year, monthStatistic, newReception, preExisting, total, totalSolved, solvedInTime,
            solvedInTimePercent, solvedLate, solvedLatePercent, totalPending, pending, pendingLate,
            pendingLatePercent, pendingPercent, note, organisationCode, organisationName};
        for (int i = 0; i < names.length; i++) {
            if (values[i] == null && !"Note".equals(names[i])) {
                missing.add(names[i]);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("MStatistic lacks required field(s) " + String.join(", ", missing));
        }
        WirePercent.check("MStatistic", "SolvedInTimePercent", solvedInTimePercent);
        WirePercent.check("MStatistic", "SolvedLatePercent", solvedLatePercent);
        WirePercent.check("MStatistic", "PendingLatePercent", pendingLatePercent);
        WirePercent.check("MStatistic", "PendingPercent", pendingPercent);
        return new StatisticsPacket(month, year, monthStatistic, newReception, preExisting, total, totalSolved,
                solvedInTime, solvedInTimePercent, solvedLate, solvedLatePercent, totalPending, pending, pendingLate,
                pendingLatePercent, pendingPercent, note, organisationCode, organisationName);
    }
}
