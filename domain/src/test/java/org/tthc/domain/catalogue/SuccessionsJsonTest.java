package org.tthc.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tthc.domain.organisation.OrganisationSuccession;
import org.tthc.domain.organisation.SuccessionKind;

class SuccessionsJsonTest {
    private static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);
    private static final List<OrganisationSuccession> SUCCESSIONS = List.of(
            OrganisationSuccession.merge("000.00.00.H99", "000.00.00.H97", REFORM_DAY),
            OrganisationSuccession.split("000.00.42.H99", "000.01.72.H97", REFORM_DAY, true),
            OrganisationSuccession.split("000.00.42.H99", "000.02.72.H97", REFORM_DAY, false),
            OrganisationSuccession.rename("000.00.18.H99", "000.00.18.H97", REFORM_DAY));

    @Test
    void writtenSuccessionsReadBackEqual(@TempDir Path dir) {
        Path file = dir.resolve("successions.json");

        SuccessionsJson.write(file, SUCCESSIONS);

        assertThat(SuccessionsJson.read(file)).isEqualTo(SUCCESSIONS);
    }

    @Test
    void writesOneObjectPerSuccessionWithItsKeys() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        SuccessionsJson.write(out, SUCCESSIONS.subList(2, 3));

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"MADONVICU\" : \"000.00.42.H99\"",
                "\"MADONVIMOI\" : \"000.02.72.H97\"", "\"NGAYHIEULUC\" : \"2025-07-01\"", "\"HINHTHUC\" : \"SPLIT\"",
                "\"KETHUACHINH\" : false");
    }

    @Test
    void aSuccessorIsPrimaryUnlessTheEntrySaysOtherwise() {
        List<OrganisationSuccession> read = read("[{\"MADONVICU\":\"A\",\"MADONVIMOI\":\"B\","
                + "\"NGAYHIEULUC\":\"2025-07-01\",\"HINHTHUC\":\"merge\"},"
                + "{\"MADONVICU\":\"C\",\"MADONVIMOI\":\"B\",\"NGAYHIEULUC\":\"2025-07-01\",\"HINHTHUC\":\"SPLIT\","
                + "\"KETHUACHINH\":\"false\"}]");

        assertThat(read).containsExactly(
                new OrganisationSuccession("A", "B", REFORM_DAY, SuccessionKind.MERGE, true),
                new OrganisationSuccession("C", "B", REFORM_DAY, SuccessionKind.SPLIT, false));
    }

    @Test
    void aMissingDateABadFlagAndASelfSuccessionAreReportedWithEntryAndField() {
        assertThatThrownBy(() -> read("[{\"MADONVICU\":\"A\",\"MADONVIMOI\":\"B\",\"HINHTHUC\":\"MERGE\"}]"))
                .isInstanceOf(CatalogueFormatException.class)
                .hasMessage("successions.json: entry 1 (MADONVICU A), field NGAYHIEULUC: is missing or empty");
        assertThatThrownBy(() -> read("[{\"MADONVICU\":\"A\",\"MADONVIMOI\":\"B\",\"NGAYHIEULUC\":\"2025-07-01\","
                + "\"HINHTHUC\":\"MERGE\",\"KETHUACHINH\":\"có\"}]"))
                .hasMessageContaining("field KETHUACHINH: expected true or false");
        assertThatThrownBy(() -> read("[{\"MADONVICU\":\"A\",\"MADONVIMOI\":\"A\",\"NGAYHIEULUC\":\"2025-07-01\","
                + "\"HINHTHUC\":\"RENAME\"}]"))
                .hasMessageContaining("field MADONVIMOI: is the predecessor itself");
    }

    private static List<OrganisationSuccession> read(String json) {
        return SuccessionsJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "successions.json");
    }
}
