package vn.onedoor.drivers.printer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/** Greedy word wrap; a word wider than a whole line is broken between characters. */
public final class TextWrap {

    private TextWrap() {
    }

    public static List<String> wrap(String text, int maxWidth, ToIntFunction<String> widthOf) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (widthOf.applyAsInt(candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            for (int cp : word.codePoints().toArray()) {
                String longer = line.toString() + Character.toString(cp);
                if (line.length() > 0 && widthOf.applyAsInt(longer) > maxWidth) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.appendCodePoint(cp);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
