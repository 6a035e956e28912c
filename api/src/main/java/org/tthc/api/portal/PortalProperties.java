package org.tthc.api.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code tthc.portal.*}: portal-lite's operational store and its web pages.
 *
 * @param datasource  where the store lives: the embedded H2 file under the data folder when {@code url} is empty,
 *                    PostgreSQL when it is a {@code jdbc:postgresql:} URL
 * @param maxDocument the largest document an applicant may upload
 * @param demoSeed    on an empty store, seed the sample province: the demo catalogue (organisations, procedures,
 *                    steps) and its dossiers, walked through the portal's own services ({@code PortalDemoSeed})
 */
@ConfigurationProperties("tthc.portal")
public record PortalProperties(
        @DefaultValue Datasource datasource,
        @DefaultValue("10MB") DataSize maxDocument,
        @DefaultValue("true") boolean demoSeed) {

    /**
     * @param url      empty for the embedded H2 file {@code <data-dir>/portal/portal.mv.db}
     * @param user     database user (PostgreSQL)
     * @param password database password (PostgreSQL)
     */
    public record Datasource(@DefaultValue("") String url, @DefaultValue("") String user,
                             @DefaultValue("") String password) {
    }
}
