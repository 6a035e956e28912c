package org.tthc.reports.overview;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;

/**
 * The overview's three charts and the service index trend, drawn with JFreeChart into images at twice their printed size, in the module's
 * embedded DejaVu Sans so Vietnamese labels need no font on the machine.
 */
public final class OverviewCharts {
    private static final Font FONT = embeddedFont();
    private static final int SCALE = 2;

    /** A bar per month (label, value: the on-time percent, the index points). */
    public record MonthValue(String month, double percent) {
    }

    /** A bar per organisation (name, late dossiers). */
    record OrganisationValue(String name, long late) {
    }

    private OverviewCharts() {
    }

    static BufferedImage onTimeRate(List<MonthValue> months, int width, int height) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        months.forEach(m -> dataset.addValue(m.percent(), "Tỷ lệ đúng hạn (%)", m.month()));
        JFreeChart chart = ChartFactory.createBarChart("Tỷ lệ giải quyết đúng hạn theo tháng (%)", null, null,
                dataset, PlotOrientation.VERTICAL, false, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRangeAxis().setRange(0, 100);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        return draw(styled(chart, new Color(0x2E7D32)), width, height);
    }

    /** Bars per month from 0 to {@code max}, e.g. the service index points of twelve months. */
    public static BufferedImage monthlyBars(String title, String series, List<MonthValue> months, double max,
                                            int width, int height) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        months.forEach(m -> dataset.addValue(m.percent(), series, m.month()));
        JFreeChart chart = ChartFactory.createBarChart(title, null, null, dataset, PlotOrientation.VERTICAL, false,
                false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRangeAxis().setRange(0, max);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        return draw(styled(chart, new Color(0x1565C0)), width, height);
    }

    static BufferedImage mostLate(List<OrganisationValue> organisations, int width, int height) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        organisations.forEach(o -> dataset.addValue(o.late(), "Hồ sơ quá hạn", o.name()));
        JFreeChart chart = ChartFactory.createBarChart("10 đơn vị có nhiều hồ sơ quá hạn nhất", null, null, dataset,
                PlotOrientation.HORIZONTAL, false, false, false);
        styled(chart, new Color(0xC62828));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.5f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        return draw(chart, width, height);
    }

    static BufferedImage onlineShare(long online, long directOrPostal, int width, int height) {
        DefaultPieDataset<String> dataset = new DefaultPieDataset<>();
        dataset.setValue("Trực tuyến", online);
        dataset.setValue("Trực tiếp, bưu chính", directOrPostal);
        JFreeChart chart = ChartFactory.createPieChart("Tỷ lệ tiếp nhận trực tuyến", dataset, true, false, false);
        theme().apply(chart);
        @SuppressWarnings("unchecked")
        PiePlot<String> plot = (PiePlot<String>) chart.getPlot();
        plot.setSectionPaint("Trực tuyến", new Color(0x1565C0));
        plot.setSectionPaint("Trực tiếp, bưu chính", new Color(0xB0BEC5));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setShadowPaint(null);
        // the shares are in the legend and the figures above the chart; slice labels would wrap in this width
        plot.setLabelGenerator(null);
        return draw(chart, width, height);
    }

    private static JFreeChart styled(JFreeChart chart, Color bars) {
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, bars);
        return chart;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("TTHC");
        theme.setExtraLargeFont(FONT.deriveFont(Font.BOLD, 13f));
        theme.setLargeFont(FONT.deriveFont(Font.BOLD, 11f));
        theme.setRegularFont(FONT.deriveFont(Font.PLAIN, 10f));
        theme.setSmallFont(FONT.deriveFont(Font.PLAIN, 9f));
        return theme;
    }

    private static BufferedImage draw(JFreeChart chart, int width, int height) {
        chart.setBackgroundPaint(Color.WHITE);
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Font embeddedFont() {
        try (InputStream in = OverviewCharts.class.getResourceAsStream("/org/tthc/reports/fonts/DejaVuSans.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the embedded DejaVu Sans is not a TrueType font", e);
        }
    }
}
