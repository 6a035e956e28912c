package org.tthc.api.control;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tthc.control.*}: the platform's control database (the national outbox).
 *
 * @param datasource empty {@code url}: the H2 file {@code <data-dir>/control/control.mv.db}; a
 *                   {@code jdbc:postgresql:} URL: that database (it may be portal-lite's: the tables and the Flyway
 *                   history table have names of their own)
 */
@ConfigurationProperties("tthc.control")
public record ControlProperties(@DefaultValue Datasource datasource) {

    public record Datasource(@DefaultValue("") String url, @DefaultValue("") String user,
                             @DefaultValue("") String password) {
    }
}
