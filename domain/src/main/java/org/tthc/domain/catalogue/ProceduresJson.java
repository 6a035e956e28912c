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

import org.tthc.domain.procedure.Procedure;
import org.tthc.domain.procedure.Procedure.ProcessingTimeUnit;

/**
 * {@code procedures.json}: an array of objects {@code MaTTHC}, {@code TenTTHC}, {@code MaLinhVuc}, {@code TenLinhVuc},
 * {@code MucDo} (online service level), {@code ThoiGianGiaiQuyet}, {@code DonViThoiGian} ({@code NGAY_LAM_VIEC} or
 * {@code GIO_LAM_VIEC}) and {@code PhiLePhi} (VND). Numbers are written as JSON numbers and read from numbers or
 * digit strings.
 */
public final class ProceduresJson {
    static final String CODE = "MaTTHC";
    static final String NAME = "TenTTHC";
    static final String SECTOR_CODE = "MaLinhVuc";
    static final String SECTOR_NAME = "TenLinhVuc";
    static final String ONLINE_LEVEL = "MucDo";
    static final String PROCESSING_TIME = "ThoiGianGiaiQuyet";
    static final String TIME_UNIT = "DonViThoiGian";
    static final String FEE = "PhiLePhi";

    static final String WORKING_DAYS = "NGAY_LAM_VIEC";
    static final String WORKING_HOURS = "GIO_LAM_VIEC";

    private ProceduresJson() {
    }

    public static List<Procedure> read(Path file) {
        try (InputStream in = CatalogueFiles.open(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a procedures array; {@code fileName} names the source in error messages. */
    public static List<Procedure> read(InputStream in, String fileName) {
        return CatalogueFiles.readArray(in, fileName, CODE, (entry, file) -> toProcedure(entry));
    }

    public static void write(Path file, Collection<Procedure> procedures) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, procedures);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes the array to {@code out}, leaving the stream open. */
    public static void write(OutputStream out, Collection<Procedure> procedures) throws IOException {
        try (JsonGenerator gen = CatalogueFiles.prettyGenerator(out)) {
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.writeStartArray();
            for (Procedure p : procedures) {
                gen.writeStartObject();
                gen.writeStringField(CODE, p.code());
                gen.writeStringField(NAME, p.name());
                CatalogueFiles.textOrNull(gen, SECTOR_CODE, p.sectorCode());
                CatalogueFiles.textOrNull(gen, SECTOR_NAME, p.sectorName());
                gen.writeNumberField(ONLINE_LEVEL, p.onlineServiceLevel());
                gen.writeNumberField(PROCESSING_TIME, p.processingTime());
                gen.writeStringField(TIME_UNIT, unitName(p.processingTimeUnit()));
                gen.writeNumberField(FEE, p.feeVnd());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
    }

    private static Procedure toProcedure(CatalogueEntry entry) {
        return new Procedure(
                entry.requiredText(CODE).trim(),
                entry.requiredText(NAME),
                entry.optionalText(SECTOR_CODE),
                entry.optionalText(SECTOR_NAME),
                entry.requiredInt(ONLINE_LEVEL, 0, 4),
                entry.requiredInt(PROCESSING_TIME, 0, 100_000),
                unit(entry),
                entry.optionalText(FEE) == null ? 0 : entry.requiredLong(FEE));
    }

    private static ProcessingTimeUnit unit(CatalogueEntry entry) {
        String text = entry.optionalText(TIME_UNIT);
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase(WORKING_DAYS)) {
            return ProcessingTimeUnit.WORKING_DAYS;
        }
        if (text.trim().equalsIgnoreCase(WORKING_HOURS)) {
            return ProcessingTimeUnit.WORKING_HOURS;
        }
        throw entry.fail(TIME_UNIT, "unknown unit '" + text + "'; expected " + WORKING_DAYS + " or " + WORKING_HOURS);
    }

    private static String unitName(ProcessingTimeUnit unit) {
        return unit == ProcessingTimeUnit.WORKING_HOURS ? WORKING_HOURS : WORKING_DAYS;
    }
}
