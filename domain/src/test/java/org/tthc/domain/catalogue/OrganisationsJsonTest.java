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
import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationCodeScheme;
import org.tthc.domain.organisation.OrganisationKind;

class OrganisationsJsonTest {
    private static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation("000.00.00.H99", "UBND tỉnh Bình An", 1, OrganisationKind.PROVINCE, null, null, null),
            new Organisation("000.00.42.H99", "UBND huyện Tân Uyên", 2, OrganisationKind.DISTRICT, "000.00.00.H99",
                    null, LocalDate.of(2025, 6, 30)),
            new Organisation("000.01.70.H99", "UBND phường Thủ Dầu Một", 3, OrganisationKind.COMMUNE,
                    "000.00.00.H99", LocalDate.of(2025, 7, 1), null),
            new Organisation("74", "Tỉnh Bình Dương (mã ĐVHC)", 1, OrganisationKind.PROVINCE, null, null,
                    LocalDate.of(2025, 6, 30), OrganisationCodeScheme.ADMINISTRATIVE_UNIT));

    @Test
    void writtenOrganisationsReadBackEqual(@TempDir Path dir) {
        Path file = dir.resolve("organisations.json");

        OrganisationsJson.write(file, ORGANISATIONS);

        assertThat(OrganisationsJson.read(file)).isEqualTo(ORGANISATIONS);
    }

    @Test
    void writesTheDvcqgKeysWithDatesAsIsoDaysAndNullWhenOpen() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        OrganisationsJson.write(out, ORGANISATIONS.subList(1, 2));

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("\"MADONVI\" : \"000.00.42.H99\"", "\"TENDONVI\" : \"UBND huyện Tân Uyên\"",
                        "\"CAPDONVI\" : 2", "\"LOAIDONVI\" : \"DISTRICT\"", "\"MADONVICHA\" : \"000.00.00.H99\"",
                        "\"HIEULUCTU\" : null", "\"HIEULUCDEN\" : \"2025-06-30\"", "\"LOAIMA\" : \"AGENCY_ID\"");
    }

    @Test
    void readsThePlainLayDanhMucCoQuanFormWithTextLevels() {
        String json = "[{\"MADONVI\":\"000.00.01.H22\",\"TENDONVI\":\"Sở Tư pháp\",\"CAPDONVI\":\"2\"}]";

        List<Organisation> read = read(json);

        assertThat(read).containsExactly(new Organisation("000.00.01.H22", "Sở Tư pháp", 2, OrganisationKind.OTHER,
                null, null, null));
    }

    @Test
    void severalVersionsOfOneCodeAreSeveralEntries() {
        String json = "[{\"MADONVI\":\"000.00.41.H99\",\"TENDONVI\":\"UBND thị xã Phú Mỹ\",\"CAPDONVI\":2,"
                + "\"HIEULUCDEN\":\"2025-01-31\"},"
                + "{\"MADONVI\":\"000.00.41.H99\",\"TENDONVI\":\"UBND thành phố Phú Mỹ\",\"CAPDONVI\":2,"
                + "\"HIEULUCTU\":\"2025-02-01\",\"LOAIMA\":\"agency_id\"}]";

        assertThat(read(json)).extracting(Organisation::name, Organisation::codeScheme).containsExactly(
                org.assertj.core.groups.Tuple.tuple("UBND thị xã Phú Mỹ", OrganisationCodeScheme.AGENCY_ID),
                org.assertj.core.groups.Tuple.tuple("UBND thành phố Phú Mỹ", OrganisationCodeScheme.AGENCY_ID));
    }

    @Test
    void aBadLevelIsReportedWithFileEntryAndField() {
        String json = "[{\"MADONVI\":\"000.00.00.H99\",\"TENDONVI\":\"A\",\"CAPDONVI\":1},"
                + "{\"MADONVI\":\"000.00.01.H99\",\"TENDONVI\":\"B\",\"CAPDONVI\":\"hai\"}]";

        assertThatThrownBy(() -> read(json))
                .isInstanceOf(CatalogueFormatException.class)
                .hasMessage("organisations.json: entry 2 (MADONVI 000.00.01.H99), field CAPDONVI: "
                        + "expected a whole number, was 'hai'")
                .satisfies(e -> {
                    CatalogueFormatException error = (CatalogueFormatException) e;
                    assertThat(error.entryIndex()).isEqualTo(1);
                    assertThat(error.field()).isEqualTo("CAPDONVI");
                });
    }

    @Test
    void anUnknownKindAndAnInvertedValidityAreRejected() {
        assertThatThrownBy(() -> read("[{\"MADONVI\":\"X\",\"TENDONVI\":\"A\",\"CAPDONVI\":2,\"LOAIDONVI\":\"WARD\"}]"))
                .hasMessageContaining("field LOAIDONVI: unknown value 'WARD'");
        assertThatThrownBy(() -> read("[{\"MADONVI\":\"X\",\"TENDONVI\":\"A\",\"CAPDONVI\":2,"
                + "\"HIEULUCTU\":\"2025-07-01\",\"HIEULUCDEN\":\"2025-06-30\"}]"))
                .hasMessageContaining("field HIEULUCDEN: ends (2025-06-30) before it starts (2025-07-01)");
    }

    @Test
    void aFileThatIsNotAnArrayOrNotJsonIsRejectedAsAWhole() {
        assertThatThrownBy(() -> read("{\"MADONVI\":\"X\"}"))
                .hasMessage("organisations.json: expected a JSON array of entries");
        assertThatThrownBy(() -> read("[{\"MADONVI\":"))
                .hasMessageStartingWith("organisations.json: not valid JSON");
    }

    private static List<Organisation> read(String json) {
        return OrganisationsJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "organisations.json");
    }
}
