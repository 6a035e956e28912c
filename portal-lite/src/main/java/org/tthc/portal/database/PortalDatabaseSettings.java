package org.tthc.portal.database;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the operational store lives: an embedded H2 file database under the data folder by default, PostgreSQL when a
 * {@code jdbc:postgresql:} URL is configured.
 *
 * @param url      JDBC URL; {@code jdbc:h2:} or {@code jdbc:postgresql:}
 * @param user     database user (empty for the embedded H2)
 * @param password database password, may be empty
 */
public record PortalDatabaseSettings(String url, String user, String password) {
    /** H2 speaks PostgreSQL's dialect and folds unquoted names to lower case, as the generated jOOQ code expects. */
    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000";

    public PortalDatabaseSettings {
        Objects.requireNonNull(url, "url");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** The embedded default: the H2 file database {@code <dataDirectory>/portal/portal.mv.db}. */
    public static PortalDatabaseSettings embedded(Path dataDirectory) {
        Path file = dataDirectory.toAbsolutePath().resolve("portal").resolve("portal");
        return new PortalDatabaseSettings("jdbc:h2:file:" + file + H2_OPTIONS, "sa", "");
    }

    /** PostgreSQL when {@code url} is given, else the embedded H2 under {@code dataDirectory}. */
    public static PortalDatabaseSettings of(String url, String user, String password, Path dataDirectory) {
        return url == null || url.isBlank() ? embedded(dataDirectory) : new PortalDatabaseSettings(url, user, password);
    }

    /** The URL without the password-like parts, for messages. */
    @Override
    public String toString() {
        return "PortalDatabaseSettings[url=" + url + ", user=" + user + "]";
    }
}
