package org.tthc.warehouse.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SparkSettingsTest {
    @Test
    void defaultsRunLocallyOnTwoCoresWithFourShufflePartitions() {
        SparkSettings defaults = SparkSettings.defaults();

        assertThat(defaults.master()).isEqualTo("local[2]");
        assertThat(defaults.shufflePartitions()).isEqualTo(4);
        assertThat(defaults.dataRoot()).isEqualTo(Path.of("data"));
        assertThat(defaults.extraConfig()).isEmpty();
    }

    @Test
    void configurationCarriesTheFixesOfTheStackNotes() {
        Map<String, String> conf = SparkSessions.configuration(SparkSettings.defaults().withDataRoot(Path.of("/srv/tthc")));

        assertThat(conf)
                .containsEntry("spark.ui.enabled", "false")
                .containsEntry("spark.metrics.conf.*.sink.servlet.class", HeadlessMetricsServlet.class.getName())
                .containsEntry("spark.driver.host", "127.0.0.1")
                .containsEntry("spark.driver.bindAddress", "127.0.0.1")
                .containsEntry("spark.sql.defaultUrlStreamHandlerFactory.enabled", "false")
                .containsEntry("spark.sql.shuffle.partitions", "4")
                .containsEntry("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .containsEntry("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .containsEntry("spark.sql.session.timeZone", "Asia/Ho_Chi_Minh")
                .containsEntry("spark.sql.warehouse.dir", "file:///srv/tthc/spark-warehouse");
    }

    @Test
    void extraConfigurationWinsOverTheDefaults() {
        SparkSettings settings = new SparkSettings("local[1]", 8, Path.of("data"),
                Map.of("spark.sql.shuffle.partitions", "16"));

        assertThat(SparkSessions.configuration(settings)).containsEntry("spark.sql.shuffle.partitions", "16");
    }

    @Test
    void shufflePartitionsMustBePositive() {
        assertThatThrownBy(() -> SparkSettings.defaults().withShufflePartitions(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shufflePartitions");
    }

    @Test
    void theSharedSessionRunsInThePlatformZoneWithDelta() {
        var spark = SharedSpark.session();

        assertThat(spark.conf().get("spark.sql.session.timeZone")).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(spark.sql("SELECT current_timezone()").first().getString(0)).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(SharedSpark.session()).isSameAs(spark);
    }
}
