package vn.onedoor.display.speech;

import java.util.List;

/** A voice pack lacks segments an announcement needs: which ones, and which pack was asked. */
public class MissingSegmentsException extends RuntimeException {

    private final List<String> ids;

    public MissingSegmentsException(String pack, List<String> ids) {
        super("voice pack " + pack + " lacks segment(s) " + String.join(", ", ids));
        this.ids = List.copyOf(ids);
    }

    public List<String> ids() {
        return ids;
    }
}
