package org.travaux.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/** A grouped bar chart of p50 latency per query kind and system, log scale, with the rounds' min–max as whiskers. */
public final class Chart {
    private static final Color[] COLORS = {new Color(0x33, 0x66, 0x99), new Color(0xcc, 0x55, 0x22),
            new Color(0x44, 0x99, 0x55), new Color(0x88, 0x55, 0xaa), new Color(0x99, 0x88, 0x22),
            new Color(0x22, 0xaa, 0xbb), new Color(0x77, 0x77, 0x77)};

    private Chart() {
    }

    /** Draws the chart of a results JSON again: {@code Chart RESULT.json OUT.png}. */
    public static void main(String[] args) throws Exception {
        write(Corpus.JSON.readTree(java.nio.file.Files.readString(Path.of(args[0]))), Path.of(args[1]));
    }

    static void write(JsonNode r, Path png) throws Exception {
        System.setProperty("java.awt.headless", "true");
        List<String> systems = new ArrayList<>();
        r.get("latency_ms").fieldNames().forEachRemaining(systems::add);
        List<String> kinds = Run.kindsAndAll();
        int w = 1200;
        int h = 560;
        int left = 70;
        int right = 20;
        int top = 50;
        int bottom = 90;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        double min = Double.MAX_VALUE;
        double max = 0;
        for (String s : systems) {
            for (String k : kinds) {
                JsonNode l = r.get("latency_ms").get(s).get(k);
                min = Math.min(min, Math.max(0.001, l.get("p50_min").asDouble()));
                max = Math.max(max, l.get("p50_max").asDouble());
            }
        }
        double lo = Math.floor(Math.log10(min));
        double hi = Math.ceil(Math.log10(max));
        if (hi <= lo) {
            hi = lo + 1;
        }
        int plotH = h - top - bottom;
        int plotW = w - left - right;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int e = (int) lo; e <= hi; e++) {
            int y = top + plotH - (int) ((e - lo) / (hi - lo) * plotH);
            g.setColor(new Color(0xdd, 0xdd, 0xdd));
            g.drawLine(left, y, w - right, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(Report.ms(Math.pow(10, e)) + " ms", 5, y + 4);
        }
        double group = (double) plotW / kinds.size();
        double bar = group * 0.8 / systems.size();
        for (int ki = 0; ki < kinds.size(); ki++) {
            for (int si = 0; si < systems.size(); si++) {
                JsonNode l = r.get("latency_ms").get(systems.get(si)).get(kinds.get(ki));
                double x = left + ki * group + group * 0.1 + si * bar;
                int y = y(l.get("p50").asDouble(), lo, hi, top, plotH);
                g.setColor(COLORS[si % COLORS.length]);
                g.fillRect((int) x, y, (int) Math.max(1, bar - 2), top + plotH - y);
                g.setColor(Color.BLACK);
                g.setStroke(new BasicStroke(1));
                int cx = (int) (x + bar / 2 - 1);
                g.drawLine(cx, y(l.get("p50_min").asDouble(), lo, hi, top, plotH), cx,
                        y(l.get("p50_max").asDouble(), lo, hi, top, plotH));
            }
            g.setColor(Color.BLACK);
            String label = kinds.get(ki);
            int tw = g.getFontMetrics().stringWidth(label);
            g.drawString(label, (int) (left + ki * group + group / 2 - tw / 2.0), top + plotH + 18);
        }
        g.drawLine(left, top + plotH, w - right, top + plotH);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString("p50 latency per query kind (log scale; whiskers: min–max of the rounds' p50), scale "
                + r.get("scale").asText(), left, 25);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        int lx = left;
        for (int si = 0; si < systems.size(); si++) {
            g.setColor(COLORS[si % COLORS.length]);
            g.fillRect(lx, h - 40, 14, 14);
            g.setColor(Color.BLACK);
            g.drawString(systems.get(si), lx + 20, h - 28);
            lx += 40 + g.getFontMetrics().stringWidth(systems.get(si));
        }
        g.dispose();
        ImageIO.write(img, "png", png.toFile());
    }

    private static int y(double v, double lo, double hi, int top, int plotH) {
        double e = Math.log10(Math.max(v, Math.pow(10, lo)));
        return top + plotH - (int) ((e - lo) / (hi - lo) * plotH);
    }
}
