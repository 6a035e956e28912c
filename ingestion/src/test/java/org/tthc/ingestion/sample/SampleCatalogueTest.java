package org.tthc.ingestion.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.tthc.domain.procedure.Procedure;

class SampleCatalogueTest {
    private final SampleCatalogue catalogue = SampleCatalogue.binhAn();
    private final List<SampleProcedure> procedures = catalogue.sampleProcedures();

    @Test
    void aboutNineteenHundredProceduresWithUniqueCodesAndNamesUniqueAtEachLevel() {
        assertThat(procedures).hasSize(SampleCatalogue.PROCEDURE_COUNT);
        List<Procedure> list = catalogue.procedures();
        assertThat(list).extracting(Procedure::code).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[12]\\.0\\d{5}\\.000\\.00\\.00\\.H99"));
        for (Scope scope : Scope.values()) {
            assertThat(procedures.stream().filter(p -> p.scope() == scope).map(p -> p.procedure().name()))
                    .as("names of %s procedures", scope).doesNotHaveDuplicates();
        }
        assertThat(list).allSatisfy(p -> {
            assertThat(p.onlineServiceLevel()).isBetween(2, 4);
            assertThat(p.processingTime()).isBetween(0, 60);
            assertThat(p.feeVnd()).isNotNegative();
        });
    }

    @Test
    void aFewDozenProceduresAreSameDay() {
        assertThat(procedures.stream().filter(SampleProcedure::isSameDay).count()).isBetween(36L, 70L);
    }

    @Test
    void sharesAddUpToOneWithDepartmentsCarryingFiftyFivePercent() {
        assertThat(procedures.stream().mapToDouble(SampleProcedure::share).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(shareOf(Scope.DEPARTMENT)).isCloseTo(0.55, within(1e-9));
        assertThat(shareOf(Scope.DISTRICT) + shareOf(Scope.COMMUNE)).isCloseTo(0.45, within(1e-9));
    }

    @Test
    void theFortyLargestSharesAreSameDayProceduresCarryingFortyPercent() {
        List<SampleProcedure> top = procedures.stream()
                .sorted((a, b) -> Double.compare(b.share(), a.share())).limit(40).toList();

        assertThat(top.stream().mapToDouble(SampleProcedure::share).sum()).isGreaterThanOrEqualTo(0.40);
        assertThat(top.stream().filter(SampleProcedure::isSameDay).count()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void everyProcedureBelongsToAnExistingDepartment() {
        Set<String> codes = catalogue.organisations().stream().map(o -> o.code()).collect(Collectors.toSet());
        assertThat(procedures).allSatisfy(p -> assertThat(codes).contains(p.departmentCode()));
    }

    private double shareOf(Scope scope) {
        return procedures.stream().filter(p -> p.scope() == scope).mapToDouble(SampleProcedure::share).sum();
    }
}
