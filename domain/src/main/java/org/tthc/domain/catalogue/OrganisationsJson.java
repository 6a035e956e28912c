package org.tthc.domain.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

import org.tthc.domain.organisation.Organisation;
import org.tthc.domain.organisation.OrganisationCodeScheme;
import org.tthc.domain.organisation.OrganisationKind;

/**
 * {@code organisations.json}: an array of objects with the keys of DVCQG {@code LayDanhMucCoQuan} ({@code MADONVI},
 * {@code TENDONVI}, {@code CAPDONVI}) and our extensions {@code LOAIDONVI} (kind), {@code MADONVICHA} (parent code),
 * {@code HIEULUCTU} / {@code HIEULUCDEN} (validity, {@code yyyy-MM-dd} or null) and {@code LOAIMA} (the code scheme,
 * {@link OrganisationCodeScheme}; absent: an agency electronic identifier). One entry per organisation version: a
 * code with several versions has several entries. The successions between codes are in {@link SuccessionsJson}.
 */
public final class OrganisationsJson {
    static final String CODE = "MADONVI";
    static final String NAME = "TENDONVI";
    static final String LEVEL = "CAPDONVI";
    static final String KIND = "LOAIDONVI";
    static final String PARENT = "MADONVICHA";
    static final String VALID_FROM = "HIEULUCTU";
    static final String VALID_TO = "HIEULUCDEN";
    static final String CODE_SCHEME = "LOAIMA";

    private OrganisationsJson() {
    }

    public static List<Organisation> read(Path file) {
        try (InputStream in = CatalogueFiles.open(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an organisations array; {@code fileName} names the source in error messages. */
    public static List<Organisation> read(InputStream in, String fileName) {
        return CatalogueFiles.readArray(in, fileName, CODE, (entry, file) -> toOrganisation(entry));
    }

    public static void write(Path file, Collection<Organisation> organisations) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, organisations);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes the array to {@code out}, leaving the stream open. */
    public static void write(OutputStream out, Collection<Organisation> organisations) throws IOException {
        try (JsonGenerator gen = CatalogueFiles.prettyGenerator(out)) {
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.writeStartArray();
            for (Organisation org : organisations) {
                gen.writeStartObject();
                gen.writeStringField(CODE, org.code());
                gen.writeStringField(NAME, org.name());
                gen.writeNumberField(LEVEL, org.level());
                gen.writeStringField(KIND, org.kind().name());
                CatalogueFiles.textOrNull(gen, PARENT, org.parentCode());
                CatalogueFiles.textOrNull(gen, VALID_FROM, org.validFrom());
                CatalogueFiles.textOrNull(gen, VALID_TO, org.validTo());
                gen.writeStringField(CODE_SCHEME, org.codeScheme().name());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
    }

    private static Organisation toOrganisation(CatalogueEntry entry) {
        String parent = entry.optionalText(PARENT);
        Organisation org = new Organisation(
                entry.requiredText(CODE).trim(),
                entry.requiredText(NAME),
                entry.requiredInt(LEVEL, 1, 4),
                entry.optionalEnum(KIND, OrganisationKind.class, OrganisationKind.OTHER),
                parent == null || parent.isBlank() ? null : parent.trim(),
                entry.optionalDate(VALID_FROM),
                entry.optionalDate(VALID_TO),
                entry.optionalEnum(CODE_SCHEME, OrganisationCodeScheme.class, OrganisationCodeScheme.AGENCY_ID));
        if (org.validFrom() != null && org.validTo() != null && org.validTo().isBefore(org.validFrom())) {
            throw entry.fail(VALID_TO, "ends (" + org.validTo() + ") before it starts (" + org.validFrom() + ")");
        }
        return org;
    }
}
