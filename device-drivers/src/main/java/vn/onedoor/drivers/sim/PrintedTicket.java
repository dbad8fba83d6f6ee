package vn.onedoor.drivers.sim;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * One piece of paper the simulator cut off.
 *
 * @param sequence 1 for the first cut of this simulator, then 2, 3, …
 * @param png      where the image was written, complete when the listener hears of it
 * @param image    the printed dots, {@link BufferedImage#TYPE_BYTE_BINARY}, black = printed
 */
public record PrintedTicket(int sequence, Path png, BufferedImage image) {
}
