package vn.onedoor.dossier.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time: fields in double quotes may hold commas, quotes ("")
 * and line breaks. Knows the line each record starts on, for error reports. A leading BOM (Excel's
 * UTF-8) is skipped.
 */
public final class CsvLines {

    private final BufferedReader in;
    private int line;
    private boolean first = true;

    public CsvLines(Reader reader) {
        this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    }

    /** A record and the line it starts on. */
    public record Row(int line, List<String> fields) {}

    /** The next non-empty record, or null at the end; an unclosed quote is an IllegalArgumentException. */
    public Row next() {
        try {
            String text;
            do {
                text = in.readLine();
                line++;
                if (text == null) {
                    return null;
                }
                if (first) {
                    first = false;
                    if (text.startsWith("\uFEFF")) {
                        text = text.substring(1);
                    }
                }
            } while (text.isBlank());
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int i = 0;
            while (true) {
                if (i == text.length()) {
                    if (!quoted) {
                        fields.add(field.toString());
                        return new Row(start, fields);
                    }
                    String more = in.readLine();
                    line++;
                    if (more == null) {
                        throw new IllegalArgumentException("unclosed quote in the record starting on line " + start);
                    }
                    field.append('\n');
                    text = more;
                    i = 0;
                    continue;
                }
                char ch = text.charAt(i++);
                if (quoted) {
                    if (ch == '"' && i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else if (ch == '"') {
                        quoted = false;
                    } else {
                        field.append(ch);
                    }
                } else if (ch == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (ch == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(ch);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
