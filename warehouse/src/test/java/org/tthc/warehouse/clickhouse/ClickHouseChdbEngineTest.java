package org.tthc.warehouse.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine contract on chDB in this JVM (ClickHouse 26.7 from libchdb.so), plus chDB's one-folder rule. */
class ClickHouseChdbEngineTest extends ClickHouseEngineContract {
    @TempDir
    Path otherFolder;

    @Override
    ClickHouseEngine engine() {
        return SharedChdb.engine();
    }

    @Override
    String table(String name) {
        return "engine_contract_chdb_" + name;
    }

    @Test
    void describesItselfWithTheChdbAndClickHouseVersions() {
        assertThat(engine().description()).matches("chDB 26\\.7\\.\\d+ \\(ClickHouse 26\\.7\\.[\\d.]+\\)");
    }

    @Test
    void aSecondStorageFolderInTheSameProcessIsRefused() {
        SharedChdb.engine();

        assertThatThrownBy(() -> ChdbEngine.open(Paths.get(TestSettings.required("TTHC_TEST_CHDB_LIB")), otherFolder))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already stores in")
                .hasMessageContaining(otherFolder.toString());
    }
}
