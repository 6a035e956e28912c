package org.tthc.api.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tthc.api.config.IngestionProperties;
import org.tthc.api.config.WarehouseProperties;
import org.tthc.api.ingest.IngestionLock;
import org.tthc.ingestion.packetfile.PacketFileIngestion;
import org.tthc.ingestion.personal.PersonalDataKey;
import org.tthc.ingestion.sample.ProgressListener;
import org.tthc.ingestion.sample.SampleConfig;
import org.tthc.ingestion.sample.SampleGenerator;
import org.tthc.warehouse.delta.DeltaWarehouse;
import org.tthc.warehouse.delta.WarehouseTable;

/**
 * On first start (an empty warehouse), generates the sample province into {@code data/sample} and ingests it, so
 * that a newcomer's {@code ./tthc run} serves real statistics at once.
 */
@Component
@Order(0)
public class SampleProvinceBootstrap implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(SampleProvinceBootstrap.class);

    private final DeltaWarehouse warehouse;
    private final WarehouseProperties warehouseProperties;
    private final IngestionProperties ingestion;
    private final Clock clock;
    private final IngestionLock lock;

    public SampleProvinceBootstrap(DeltaWarehouse warehouse, WarehouseProperties warehouseProperties,
                                   IngestionProperties ingestion, Clock clock, IngestionLock lock) {
        this.lock = lock;
        this.warehouse = warehouse;
        this.warehouseProperties = warehouseProperties;
        this.ingestion = ingestion;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!ingestion.sampleOnFirstStart() || hasDossiers()) {
            return;
        }
        Path sample = warehouseProperties.dataDir().resolve("sample");
        log.info("First start: generating the sample province ({} dossiers, {} months) into {}",
                ingestion.sampleDossiers(), ingestion.sampleMonths(), sample);
        SampleConfig config = SampleConfig.of(ingestion.sampleDossiers(), ingestion.sampleMonths(), ingestion.sampleSeed());
        new SampleGenerator(config).generate(sample, ProgressListener.SILENT);
        var hasher = PersonalDataKey.hasher(ingestion.piiKey(), warehouseProperties.dataDir());
        // Under the ingestion lock: a push or a scheduled pull arriving meanwhile waits for the sample.
        var summary = lock.exclusively(() -> new PacketFileIngestion(warehouse, ingestion.sourceSystem(), clock, hasher,
                null, log::info).ingest(List.of(sample)));
        log.info("Sample province ready: {}", summary);
    }

    private boolean hasDossiers() {
        return Files.isDirectory(warehouse.tablePath(WarehouseTable.DOSSIER)) && warehouse.count(WarehouseTable.DOSSIER) > 0;
    }
}
