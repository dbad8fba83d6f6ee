package vn.onedoor.display.speech;

import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the wall board says when a ticket is called: "Mời công dân có số thứ tự A một nghìn không
 * trăm hai mươi tư đến quầy số ba", as segment ids of the voice pack, and the same call as text to
 * show. Letters of a ticket are read by their Vietnamese names, each run of digits as one number
 * (leading zeros are not spoken: "A-0024" is "A hai mươi tư"), and separators are not read.
 */
public final class Announcement {

    /** A run of more digits than this is read digit by digit, like a phone number. */
    private static final int LONGEST_NUMBER = 12;

    private final VietnameseNumbers numbers;

    public Announcement(VietnameseNumbers numbers) {
        this.numbers = numbers;
    }

    /** With the official reading (linh, nghìn). */
    public Announcement() {
        this(new VietnameseNumbers());
    }

    /** The segment ids of the call of {@code ticketNumber} to {@code counterNumber}, in order. */
    public List<String> call(String ticketNumber, int counterNumber) {
        if (counterNumber < 0) {
            throw new IllegalArgumentException("counter number is negative: " + counterNumber);
        }
        List<String> ticket = ticket(ticketNumber);
        if (ticket.isEmpty()) {
            throw new IllegalArgumentException("nothing to read in ticket number '" + ticketNumber + "'");
        }
        List<String> out = new ArrayList<>();
        out.add(Vocabulary.INVITE);
        out.addAll(ticket);
        out.add(Vocabulary.TO_COUNTER);
        addNumber(String.valueOf(counterNumber), out);
        return out;
    }

    /** The call as text for the screen, from the {@code i18n.display} bundle of {@code locale}. */
    public static String displayText(String ticketNumber, int counterNumber, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.display", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString("board.announcement"), locale)
                .format(new Object[] {ticketNumber, counterNumber});
    }

    private List<String> ticket(String ticketNumber) {
        String text = Normalizer.normalize(ticketNumber == null ? "" : ticketNumber.strip(), Normalizer.Form.NFC);
        List<String> out = new ArrayList<>();
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                continue;
            }
            flush(digits, out);
            if (Character.isLetter(c)) {
                out.add(Vocabulary.segmentOfLetter(c));
            }
        }
        flush(digits, out);
        return out;
    }

    private void flush(StringBuilder digits, List<String> out) {
        if (!digits.isEmpty()) {
            addNumber(digits.toString(), out);
            digits.setLength(0);
        }
    }

    private void addNumber(String digits, List<String> out) {
        String significant = digits.replaceFirst("^0+(?=.)", "");
        if (significant.length() > LONGEST_NUMBER) {
            significant.chars().forEach(d -> addWords(d - '0', out));
        } else {
            addWords(Long.parseLong(significant), out);
        }
    }

    private void addWords(long n, List<String> out) {
        numbers.words(n).forEach(w -> out.add(Vocabulary.segmentOfWord(w)));
    }
}
