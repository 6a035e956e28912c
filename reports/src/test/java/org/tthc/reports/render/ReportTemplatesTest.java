package org.tthc.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every template compiles, once: asking again gives the cached compiled report. */
class ReportTemplatesTest {
    @ParameterizedTest
    @ValueSource(strings = {"form06", "late-dossiers", "overview"})
    void templateCompilesOnceAndIsCached(String name) {
        ReportTemplates templates = new ReportTemplates();
        assertThat(templates.get(name)).isSameAs(templates.get(name));
        assertThat(templates.compiledCount()).isEqualTo(1);
    }

    @Test
    void unknownTemplateNamesTheMissingResource() {
        assertThatThrownBy(() -> new ReportTemplates().get("nope"))
                .hasMessageContaining("org/tthc/reports/templates/nope.jrxml");
    }
}
