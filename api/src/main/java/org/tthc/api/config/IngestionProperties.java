package org.tthc.api.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tthc.ingestion.*}: the source-system name given to packet files, and the sample province that
 * {@code ./tthc run} generates and ingests on first start. {@code pii-key} is the key of the applicants' keyed
 * hashes (Base64, at least 32 bytes); empty: the installation's key file {@code DATA/keys/pii-key}, generated on
 * first use ({@code PersonalDataKey}).
 */
@ConfigurationProperties("tthc.ingestion")
public record IngestionProperties(
        @DefaultValue("packet-files") String sourceSystem,
        @DefaultValue("true") boolean sampleOnFirstStart,
        @DefaultValue("60000") int sampleDossiers,
        @DefaultValue("18") int sampleMonths,
        @DefaultValue("42") long sampleSeed,
        @DefaultValue("") String piiKey) {
}
