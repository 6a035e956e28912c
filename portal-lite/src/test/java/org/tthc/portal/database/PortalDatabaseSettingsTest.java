package org.tthc.portal.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

class PortalDatabaseSettingsTest {
    @Test
    void withoutAUrlTheStoreIsAnH2FileUnderTheDataFolderInPostgresqlMode() {
        PortalDatabaseSettings settings = PortalDatabaseSettings.of(null, null, null, Path.of("/srv/tthc/data"));
        assertThat(settings.url()).isEqualTo("jdbc:h2:file:/srv/tthc/data/portal/portal;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000");
        assertThat(PortalDatabase.dialectOf(settings.url())).isEqualTo(SQLDialect.H2);
    }

    @Test
    void aPostgresqlUrlIsUsedAsGiven() {
        PortalDatabaseSettings settings = PortalDatabaseSettings.of("jdbc:postgresql://db:5432/portal", "tthc",
                "secret", Path.of("data"));
        assertThat(settings).isEqualTo(new PortalDatabaseSettings("jdbc:postgresql://db:5432/portal", "tthc", "secret"));
        assertThat(settings.toString()).doesNotContain("secret");
        assertThat(PortalDatabase.dialectOf(settings.url())).isEqualTo(SQLDialect.POSTGRES);
    }

    @Test
    void anotherDatabaseIsRefusedWithTheUrlsThatWork() {
        assertThatThrownBy(() -> PortalDatabase.dialectOf("jdbc:mysql://db/portal"))
                .hasMessage("portal-lite database URL jdbc:mysql://db/portal is neither H2 (jdbc:h2:…) nor PostgreSQL"
                        + " (jdbc:postgresql://host:port/database)");
    }

    @Test
    void theTestDatabaseNameReplacesTheAdministrationDatabase() {
        assertThat(TestDatabase.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres?ssl=false", "t1"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/t1?ssl=false");
    }
}
