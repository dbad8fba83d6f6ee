package vn.onedoor.drivers.printer.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A column of centred blocks laid out top to bottom on a 1-bit page: first collected and measured,
 * then painted once onto an image of exactly the needed height. Text is drawn without
 * anti-aliasing because the page is 1-bit and grey edges would only be thresholded away.
 */
public final class Column {

    private interface Block {
        int height();

        void paint(Graphics2D g, int top);
    }

    private final int width;
    private final int margin;
    private final List<Block> blocks = new ArrayList<>();
    private final Graphics2D measure;

    public Column(int width, int margin) {
        this.width = width;
        this.margin = margin;
        this.measure = hinted(new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_BINARY).createGraphics());
    }

    public int contentWidth() {
        return width - 2 * margin;
    }

    /** Adds text wrapped at word boundaries to the content width, each line centred. */
    public void text(Font font, String text) {
        if (text.isBlank()) {
            return;
        }
        FontMetrics metrics = measure.getFontMetrics(font);
        List<String> lines = TextWrap.wrap(text, contentWidth(), metrics::stringWidth);
        int lineHeight = metrics.getAscent() + metrics.getDescent();
        blocks.add(new Block() {
            public int height() {
                return lineHeight * lines.size();
            }

            public void paint(Graphics2D g, int top) {
                g.setFont(font);
                for (int i = 0; i < lines.size(); i++) {
                    int x = (width - metrics.stringWidth(lines.get(i))) / 2;
                    g.drawString(lines.get(i), x, top + i * lineHeight + metrics.getAscent());
                }
            }
        });
    }

    /** The largest size up to {@code maxSize} at which {@code text} fits on one line. */
    public Font fitOnOneLine(Font font, String text, float maxSize) {
        float size = maxSize;
        Font sized = font.deriveFont(size);
        while (size > 8 && measure.getFontMetrics(sized).stringWidth(text) > contentWidth()) {
            size -= 2;
            sized = font.deriveFont(size);
        }
        return sized;
    }

    public void gap(int dots) {
        blocks.add(new Block() {
            public int height() {
                return dots;
            }

            public void paint(Graphics2D g, int top) {
            }
        });
    }

    public void rule(int thickness) {
        blocks.add(new Block() {
            public int height() {
                return thickness;
            }

            public void paint(Graphics2D g, int top) {
                g.fillRect(margin, top, contentWidth(), thickness);
            }
        });
    }

    /** Adds a bitmap centred, copied dot for dot (dark pixels print). */
    public void bitmap(BufferedImage image) {
        blocks.add(new Block() {
            public int height() {
                return image.getHeight();
            }

            public void paint(Graphics2D g, int top) {
                g.drawImage(image, (width - image.getWidth()) / 2, top, null);
            }
        });
    }

    /** Paints all blocks; white is paper, black is a printed dot. A column is painted once. */
    public BufferedImage paint() {
        int height = blocks.stream().mapToInt(Block::height).sum();
        BufferedImage page = new BufferedImage(width, Math.max(1, height), BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = hinted(page.createGraphics());
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, page.getHeight());
            g.setColor(Color.BLACK);
            int top = 0;
            for (Block block : blocks) {
                block.paint(g, top);
                top += block.height();
            }
        } finally {
            g.dispose();
            measure.dispose();
        }
        return page;
    }

    private static Graphics2D hinted(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return g;
    }
}
