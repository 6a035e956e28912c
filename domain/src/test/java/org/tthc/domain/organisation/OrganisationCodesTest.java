package org.tthc.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationCodesTest {

    @ParameterizedTest
    @CsvSource({
            "000.00.12.H99, 000.00.00.H99",
            "000.01.01.H99, 000.00.00.H99",
            "000.00.00.H30, 000.00.00.H30",
            "000.00.04.G14, 000.00.00.G14",
            "' 000.00.01.H22 ', 000.00.00.H22"})
    void levelOneCodeZeroesTheLowerLevels(String code, String levelOne) {
        assertThat(OrganisationCodes.levelOneCode(code)).contains(levelOne);
    }

    @ParameterizedTest
    @ValueSource(strings = {"H99.12", "H15.50.05.13", "000.00.12", "000.00.12.h99", ""})
    void codeOfAnotherShapeNamesNoLevelOne(String code) {
        assertThat(OrganisationCodes.levelOneCode(code)).isEmpty();
    }
}
