package org.tthc.domain.packet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import org.tthc.domain.rating.SatisfactionShares;

/**
 * The MVotes wire form: the one place where the packet's field names live, in the order of reference.md §3.1.
 * {@code OrganizationInchargeIdLevel1} has a capital L here (MStatistic spells it with a lower-case one). In XML every
 * question is one {@code Questions} element (a repeated JAXB list, no wrapper), in JSON {@code Questions} is an array.
 * Boxed types so that a missing field is reported by name instead of read as 0.
 */
@JacksonXmlRootElement(localName = "MVotes")
@JsonPropertyOrder({"DateCreated", "TotalVoted", "PercentVeryGood", "PercentGood", "PercentBad", "Questions",
        "OrganizationInchargeIdLevel1", "OrganizationInchargeName"})
record MVotesWire(
        @JsonProperty("DateCreated") String dateCreated,
        @JsonProperty("TotalVoted") Integer totalVoted,
        @JsonProperty("PercentVeryGood") BigDecimal percentVeryGood,
        @JsonProperty("PercentGood") BigDecimal percentGood,
        @JsonProperty("PercentBad") BigDecimal percentBad,
        @JacksonXmlElementWrapper(useWrapping = false)
        @JsonProperty("Questions") List<QuestionWire> questions,
        @JsonProperty("OrganizationInchargeIdLevel1") String organisationCode,
        @JsonProperty("OrganizationInchargeName") String organisationName) {

    @JsonPropertyOrder({"DocTypeCode", "Content", "PercentVeryGood", "PercentGood", "PercentBad"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record QuestionWire(
            @JsonProperty("DocTypeCode") String procedureCode,
            @JsonProperty("Content") String content,
            @JsonProperty("PercentVeryGood") BigDecimal percentVeryGood,
            @JsonProperty("PercentGood") BigDecimal percentGood,
            @JsonProperty("PercentBad") BigDecimal percentBad) {

        static QuestionWire of(VotesPacket.Question q) {
            return new QuestionWire(q.procedureCode(), q.content(), q.shares().verySatisfied(),
                    q.shares().satisfied(), q.shares().notSatisfied());
        }

        VotesPacket.Question toQuestion(int index) {
            List<String> missing = new ArrayList<>();
            String prefix = "Questions[" + index + "].";
            if (content == null) {
                missing.add(prefix + "Content");
            }
            if (percentVeryGood == null) {
                missing.add(prefix + "PercentVeryGood");
            }
            if (percentGood == null) {
                missing.add(prefix + "PercentGood");
            }
            if (percentBad == null) {
                missing.add(prefix + "PercentBad");
            }
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("MVotes lacks required field(s) " + String.join(", ", missing));
            }
            return new VotesPacket.Question(procedureCode, content, new SatisfactionShares(
                    WirePercent.check("MVotes", prefix + "PercentVeryGood", percentVeryGood),
                    WirePercent.check("MVotes", prefix + "PercentGood", percentGood),
                    WirePercent.check("MVotes", prefix + "PercentBad", percentBad)));
        }
    }

    static MVotesWire of(VotesPacket p) {
        return new MVotesWire(VotesPacketCodec.formatDate(p.created()), p.totalVoted(), p.shares().verySatisfied(),
                p.shares().satisfied(), p.shares().notSatisfied(),
                p.questions().stream().map(QuestionWire::of).toList(), p.organisationCode(), p.organisationName());
    }

    /**
     * The packet, or an {@link IllegalArgumentException} naming every missing field by its wire name, or a percentage
     * that is not one ({@link WirePercent}). Absent {@code Questions} read as none; every other field is required.
     */
    VotesPacket toPacket() {
        List<String> missing = new ArrayList<>();
        String[] names = MVotesWire.class.getAnnotation(JsonPropertyOrder.class).value();
        Object[] values = {dateCreated, totalVoted, percentVeryGood, percentGood, percentBad, questions,
            organisationCode, organisationName};
        for (int i = 0; i < names.length; i++) {
            if (values[i] == null && !"Questions".equals(names[i])) {
                missing.add(names[i]);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("MVotes lacks required field(s) " + String.join(", ", missing));
        }
        SatisfactionShares shares = new SatisfactionShares(WirePercent.check("MVotes", "PercentVeryGood",
                percentVeryGood), WirePercent.check("MVotes", "PercentGood", percentGood),
                WirePercent.check("MVotes", "PercentBad", percentBad));
        List<VotesPacket.Question> read = new ArrayList<>();
        List<QuestionWire> wires = questions == null ? List.of() : questions;
        for (int i = 0; i < wires.size(); i++) {
            if (wires.get(i) == null) {
                throw new IllegalArgumentException("MVotes Questions[" + i + "] is null, not a question");
            }
            read.add(wires.get(i).toQuestion(i));
        }
        return new VotesPacket(VotesPacketCodec.parseDate(dateCreated), totalVoted, shares, read, organisationCode,
                organisationName);
    }
}
