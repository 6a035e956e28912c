package org.tthc.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tthc.domain.statistics.HandComputedCases.PercentageCase;

class PercentagesTest {

    @TestFactory
    Stream<DynamicTest> percentagesRoundHalfUpToOneDecimalAndComplementsSumTo100() {
        return HandComputedCases.percentages().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            assertThat(Percentages.percent(c.part(), c.whole())).isEqualTo(c.percent());
            assertThat(Percentages.complement(c.part(), c.whole())).isEqualTo(c.complement());
        }));
    }
}
