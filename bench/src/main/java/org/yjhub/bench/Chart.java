package org.yjhub.bench;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Small multiples drawn with Java2D (headless) into a PNG: one panel per cost, each a line per series against the same
 * x values (the dataset's years), with the cost's target or baseline as a dashed line. Colours are the Okabe–Ito
 * palette, which colour-blind readers can tell apart, and every line is also named in its panel's legend.
 */
final class Chart {

    /** One line: a name and its y value at each x of the chart (NaN where it was not measured). */
    record Series(String name, double[] y) {
    }

    /** One panel: a title with its unit, its lines, and a dashed reference line (NaN for none) with its label. */
    record Panel(String title, List<Series> series, double reference, String referenceLabel) {
    }

    static final Color[] PALETTE = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0x56B4E9), new Color(0xD55E00)};
    private static final Color REFERENCE = new Color(0x555555);
    private static final Color GRID = new Color(0xE4E4E4);
    private static final int PANEL_WIDTH = 420;
    private static final int PANEL_HEIGHT = 300;
    private static final int COLUMNS = 3;

    private Chart() {
    }

    /** Draws the panels, {@value #COLUMNS} to a row, under a title, and writes them to {@code file} as a PNG. */
    static void write(Path file, String title, String xLabel, double[] x, List<Panel> panels) throws IOException {
        System.setProperty("java.awt.headless", "true");
        int rows = (panels.size() + COLUMNS - 1) / COLUMNS;
        int width = COLUMNS * PANEL_WIDTH;
        int height = 40 + rows * PANEL_HEIGHT;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
            g.drawString(title, 16, 26);
            for (int i = 0; i < panels.size(); i++) {
                Graphics2D p = (Graphics2D) g.create((i % COLUMNS) * PANEL_WIDTH, 40 + (i / COLUMNS) * PANEL_HEIGHT,
                        PANEL_WIDTH, PANEL_HEIGHT);
                try {
                    panel(p, panels.get(i), xLabel, x);
                } finally {
                    p.dispose();
                }
            }
        } finally {
            g.dispose();
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }

    private static void panel(Graphics2D g, Panel panel, String xLabel, double[] x) {
        int left = 58;
        int right = PANEL_WIDTH - 16;
        int top = 34;
        int bottom = PANEL_HEIGHT - 58;
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.drawString(panel.title(), left - 40, 20);

        double yMax = panel.reference();
        double xMin = x[0];
        double xMax = x[x.length - 1];
        for (Series s : panel.series()) {
            for (double v : s.y()) {
                yMax = Double.isNaN(yMax) ? v : Double.isNaN(v) ? yMax : Math.max(yMax, v);
            }
        }
        double step = niceStep(Double.isNaN(yMax) || yMax <= 0 ? 1 : yMax * 1.1 / 5);
        double top10 = Math.ceil((Double.isNaN(yMax) || yMax <= 0 ? 1 : yMax * 1.1) / step) * step;

        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        FontMetrics fm = g.getFontMetrics();
        for (double v = 0; v <= top10 + step / 2; v += step) {
            int py = yPixel(v, top10, top, bottom);
            g.setColor(GRID);
            g.drawLine(left, py, right, py);
            g.setColor(Color.DARK_GRAY);
            String label = format(v, step);
            g.drawString(label, left - 6 - fm.stringWidth(label), py + 4);
        }
        for (double xv : x) {
            int px = xPixel(xv, xMin, xMax, left, right);
            g.setColor(GRID);
            g.drawLine(px, top, px, bottom);
            g.setColor(Color.DARK_GRAY);
            String label = format(xv, 1);
            g.drawString(label, px - fm.stringWidth(label) / 2, bottom + 15);
        }
        g.drawString(xLabel, (left + right - fm.stringWidth(xLabel)) / 2, bottom + 29);
        g.setColor(Color.GRAY);
        g.drawLine(left, bottom, right, bottom);
        g.drawLine(left, top, left, bottom);

        Stroke solid = new BasicStroke(2.2f);
        if (!Double.isNaN(panel.reference())) {
            int py = yPixel(panel.reference(), top10, top, bottom);
            g.setColor(REFERENCE);
            g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[]{6, 4}, 0));
            g.draw(new Line2D.Double(left, py, right, py));
            g.drawString(panel.referenceLabel(), right - fm.stringWidth(panel.referenceLabel()), py - 4);
        }
        int legendX = left - 40;
        int legendY = bottom + 46;
        for (int i = 0; i < panel.series().size(); i++) {
            Series s = panel.series().get(i);
            Color colour = PALETTE[i % PALETTE.length];
            g.setColor(colour);
            g.setStroke(solid);
            Path2D line = new Path2D.Double();
            boolean started = false;
            for (int k = 0; k < x.length; k++) {
                if (Double.isNaN(s.y()[k])) {
                    continue;
                }
                double px = xPixel(x[k], xMin, xMax, left, right);
                double py = yPixel(s.y()[k], top10, top, bottom);
                if (started) {
                    line.lineTo(px, py);
                } else {
                    line.moveTo(px, py);
                    started = true;
                }
                g.fillOval((int) px - 3, (int) py - 3, 7, 7);
            }
            g.draw(line);
            g.fillRect(legendX, legendY - 8, 12, 4);
            g.setColor(Color.BLACK);
            g.drawString(s.name(), legendX + 16, legendY - 2);
            legendX += 22 + fm.stringWidth(s.name());
        }
    }

    private static int xPixel(double x, double min, double max, int left, int right) {
        return max == min ? (left + right) / 2 : (int) Math.round(left + 12 + (x - min) / (max - min) * (right - left - 24));
    }

    private static int yPixel(double y, double max, int top, int bottom) {
        return (int) Math.round(bottom - y / max * (bottom - top));
    }

    /** 1, 2 or 5 times a power of ten: the grid step at or above {@code raw}. */
    static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / power;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
    }

    private static String format(double v, double step) {
        return step >= 1 ? String.format("%.0f", v) : step >= 0.1 ? String.format("%.1f", v) : String.format("%.2f", v);
    }
}
