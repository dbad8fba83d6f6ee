package vn.onedoor.drivers.display;

import java.text.Normalizer;

/**
 * Folds Vietnamese to plain ASCII ("Quầy số 5" → "Quay so 5") for displays whose fonts have
 * nothing else. Anything still outside printable ASCII becomes '?', so a byte of text can never
 * be mistaken for a frame's control byte.
 */
public final class AsciiFold {

    private AsciiFold() {
    }

    public static String fold(String text) {
        String withoutMarks = Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder(withoutMarks.length());
        for (char c : withoutMarks.toCharArray()) {
            out.append(c >= 0x20 && c <= 0x7E ? c : '?');
        }
        return out.toString();
    }
}
