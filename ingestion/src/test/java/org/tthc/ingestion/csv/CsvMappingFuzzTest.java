package org.tthc.ingestion.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tthc.domain.fuzz.HostileInput.assertClear;

import java.io.StringReader;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.tthc.domain.fuzz.HostileInput;

/**
 * A CSV column mapping (YAML) as an operator writes it: read, or refused with an {@link IllegalArgumentException}
 * that names the mapping and says what is wrong. YAML's aliases, deep nesting and tags stay within SnakeYAML's safe
 * limits.
 */
public class CsvMappingFuzzTest {
    @FuzzTest
    public void readCsvMapping(byte[] data) {
        if (HostileInput.tooLarge(data)) {
            return;
        }
        try {
            CsvMapping mapping = CsvMapping.read(new StringReader(HostileInput.text(data)), "mapping.yaml");
            for (CanonicalField field : CanonicalField.values()) {
                if (field.required()) {
                    assertThat(mapping.column(field)).as(field.mappingName()).isNotBlank();
                }
            }
        } catch (IllegalArgumentException e) {
            assertClear(e);
            assertThat(e.getMessage()).startsWith("CSV mapping mapping.yaml");
        }
    }
}
