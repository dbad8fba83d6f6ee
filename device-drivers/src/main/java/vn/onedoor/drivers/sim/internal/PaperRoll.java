package vn.onedoor.drivers.sim.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;

/**
 * The paper coming out of a simulated printer since the last cut, kept as packed 1-bit rows
 * exactly as the head prints them (MSB = leftmost dot, 1 = black).
 */
public final class PaperRoll {

    /** Epson's default line spacing is 1/6 inch; at 203 dpi about 30 dots with font A (12×24). */
    public static final int LINE_DOTS = 30;

    private final int widthDots;
    private final int widthBytes;
    private final Font textFont;
    private final List<byte[]> rows = new ArrayList<>();

    public PaperRoll(int widthDots, Font textFont) {
        this.widthDots = widthDots;
        this.widthBytes = (widthDots + 7) / 8;
        this.textFont = textFont;
    }

    /** Copies raster rows; a raster wider than the head is clipped, as the head has no more dots. */
    public void raster(int rasterWidthBytes, int rasterRows, byte[] data) {
        for (int y = 0; y < rasterRows; y++) {
            byte[] row = new byte[widthBytes];
            System.arraycopy(data, y * rasterWidthBytes, row, 0, Math.min(widthBytes, rasterWidthBytes));
            rows.add(row);
        }
    }

    public void feedDots(int dots) {
        for (int i = 0; i < dots; i++) {
            rows.add(new byte[widthBytes]);
        }
    }

    /** Prints one line of native text, left-aligned, {@link #LINE_DOTS} high. */
    public void textLine(String text) {
        BufferedImage line = new BufferedImage(widthDots, LINE_DOTS, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = line.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, widthDots, LINE_DOTS);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setFont(textFont);
            g.drawString(text, 0, g.getFontMetrics().getAscent());
        } finally {
            g.dispose();
        }
        byte[] data = ((DataBufferByte) line.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < LINE_DOTS; y++) {
            byte[] row = new byte[widthBytes];
            for (int i = 0; i < widthBytes; i++) {
                row[i] = (byte) ~data[y * widthBytes + i];
            }
            rows.add(row);
        }
    }

    public boolean isBlank() {
        return rows.isEmpty();
    }

    /** Cuts: returns the paper since the last cut as an image and starts a new piece. */
    public BufferedImage cut() {
        BufferedImage page = new BufferedImage(widthDots, Math.max(1, rows.size()), BufferedImage.TYPE_BYTE_BINARY);
        byte[] data = ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
        // TYPE_BYTE_BINARY stores index 0 = black, the inverse of ESC/POS.
        java.util.Arrays.fill(data, (byte) 0xFF);
        for (int y = 0; y < rows.size(); y++) {
            byte[] row = rows.get(y);
            for (int i = 0; i < widthBytes; i++) {
                data[y * widthBytes + i] = (byte) ~row[i];
            }
        }
        rows.clear();
        return page;
    }
}
