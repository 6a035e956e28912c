package org.tthc.warehouse.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine contract on the throwaway ClickHouse server of scripts/test-services.sh (Debian's 18.16). */
class ClickHouseServerEngineTest extends ClickHouseEngineContract {
    private static ClickHouseServerEngine engine;

    @BeforeAll
    static void connect() {
        engine = TestSettings.server();
    }

    @AfterAll
    static void close() {
        if (engine != null) {
            engine.close();
        }
    }

    @Override
    ClickHouseEngine engine() {
        return engine;
    }

    @Override
    String table(String name) {
        return "engine_contract_server_" + name;
    }

    @Test
    void describesItselfWithTheServerVersion() {
        assertThat(engine.description()).matches("ClickHouse server \\d+\\.\\d+.*");
    }
}
