package org.tthc.warehouse.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The engine contract on chDB in this JVM (ClickHouse 26.7 from libchdb.so). */
class ClickHouseChdbEngineTest extends ClickHouseEngineContract {
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
}
