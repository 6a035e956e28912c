package org.tthc.api.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tthc.ingestion.*}: the source-system name given to packet files, and the sample province that
 * {@code ./tthc run} generates and ingests on first start.
 */
@ConfigurationProperties("tthc.ingestion")
public record IngestionProperties(
        @DefaultValue("packet-files") String sourceSystem,
        @DefaultValue("true") boolean sampleOnFirstStart,
        @DefaultValue("60000") int sampleDossiers,
        @DefaultValue("18") int sampleMonths,
        @DefaultValue("42") long sampleSeed) {
}
