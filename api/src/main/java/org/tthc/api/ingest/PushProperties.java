package org.tthc.api.ingest;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code tthc.ingestion.push.*}: who may push packets to {@code POST /api/ingest/packets}.
 *
 * @param sources  per source system (the map key, e.g. {@code motcua-hcm}), the SHA-256 (hex) of its API key; the
 *                 key itself is never configured. No sources: every push is refused (401).
 * @param maxBody  the largest body accepted; larger ones get 413
 */
@ConfigurationProperties("tthc.ingestion.push")
public record PushProperties(
        @DefaultValue Map<String, Source> sources,
        @DefaultValue("10MB") DataSize maxBody) {

    /** @param keySha256 lower-case hex SHA-256 of the source system's API key */
    public record Source(String keySha256) {
    }
}
