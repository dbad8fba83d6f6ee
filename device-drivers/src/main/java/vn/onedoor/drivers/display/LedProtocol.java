package vn.onedoor.drivers.display;

/**
 * How one make of display wants its bytes. Supporting a vendor's display means writing one class
 * of this interface; everything else (port, bus, retries) stays the same.
 */
public interface LedProtocol {

    byte[] show(int address, String text);

    byte[] clear(int address);
}
