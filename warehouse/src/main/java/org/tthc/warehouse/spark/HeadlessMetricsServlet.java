package org.tthc.warehouse.spark;

import java.util.Properties;

import com.codahale.metrics.MetricRegistry;
import org.apache.spark.SparkConf;
import org.apache.spark.metrics.sink.MetricsServlet;
import org.sparkproject.jetty.servlet.ServletContextHandler;

/**
 * Spark's metrics servlet without its servlet. Spark 4.0 builds this sink's Jetty handler in {@code SparkContext}
 * even with the UI off, and that handler needs Servlet 5 classes that Spring Boot's Servlet 6 API lacks
 * ({@code NoClassDefFoundError jakarta/servlet/SingleThreadModel}). Wired by
 * {@code spark.metrics.conf.*.sink.servlet.class} (STACK.md, "Servlet API").
 */
public final class HeadlessMetricsServlet extends MetricsServlet {
    private static final ServletContextHandler[] NO_HANDLERS = new ServletContextHandler[0];

    /** The constructor Spark's metrics system calls reflectively. */
    public HeadlessMetricsServlet(Properties property, MetricRegistry registry) {
        super(property, registry);
    }

    @Override
    public ServletContextHandler[] getHandlers(SparkConf conf) {
        return NO_HANDLERS;
    }
}
