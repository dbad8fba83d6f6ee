package vn.onedoor.display.speech;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Every segment an announcement can be made of, by id, with the Vietnamese it speaks. Ids are ASCII
 * so they make safe file names: a word without its tone marks, "-2" for the second word that folds
 * the same way (mười "muoi", mươi "muoi-2"; một "mot", mốt "mot-2"), and letters by their Telex
 * spelling (Ă "letter-aw", Đ "letter-dd"). {@code scripts/make-voice-pack.sh} runs {@link #main} to
 * learn what to record, so the shipped pack and this table cannot drift apart unnoticed.
 */
public final class Vocabulary {

    /** "Mời công dân có số thứ tự": the opening of every call. */
    public static final String INVITE = "moi-cong-dan-co-so-thu-tu";
    /** "đến quầy số": before the counter number. */
    public static final String TO_COUNTER = "den-quay-so";
    /** The chime played before the speech; kept in the pack but never part of the speech. */
    public static final String CHIME = "chime";

    private static final Map<String, String> WORDS = new LinkedHashMap<>();
    private static final Map<Character, String> LETTERS = new LinkedHashMap<>();
    private static final Map<String, String> SEGMENTS = new LinkedHashMap<>();

    static {
        String[][] words = {{"không", "khong"}, {"một", "mot"}, {"hai", "hai"}, {"ba", "ba"}, {"bốn", "bon"},
            {"năm", "nam"}, {"sáu", "sau"}, {"bảy", "bay"}, {"tám", "tam"}, {"chín", "chin"}, {"mười", "muoi"},
            {"mươi", "muoi-2"}, {"mốt", "mot-2"}, {"tư", "tu"}, {"lăm", "lam"}, {"linh", "linh"}, {"lẻ", "le"},
            {"trăm", "tram"}, {"nghìn", "nghin"}, {"ngàn", "ngan"}, {"triệu", "trieu"}, {"tỷ", "ty"}};
        String[][] letters = {{"A", "a", "a"}, {"Ă", "aw", "á"}, {"Â", "aa", "ớ"}, {"B", "b", "bê"},
            {"C", "c", "xê"}, {"D", "d", "dê"}, {"Đ", "dd", "đê"}, {"E", "e", "e"}, {"Ê", "ee", "ê"},
            {"F", "f", "ép"}, {"G", "g", "giê"}, {"H", "h", "hát"}, {"I", "i", "i"}, {"J", "j", "di"},
            {"K", "k", "ca"}, {"L", "l", "e-lờ"}, {"M", "m", "em-mờ"}, {"N", "n", "en-nờ"}, {"O", "o", "o"},
            {"Ô", "oo", "ô"}, {"Ơ", "ow", "ơ"}, {"P", "p", "pê"}, {"Q", "q", "quy"}, {"R", "r", "e-rờ"},
            {"S", "s", "ét-xì"}, {"T", "t", "tê"}, {"U", "u", "u"}, {"Ư", "uw", "ư"}, {"V", "v", "vê"},
            {"W", "w", "vê kép"}, {"X", "x", "ích-xì"}, {"Y", "y", "i dài"}, {"Z", "z", "dét"}};
        // J is named "gi"; it is written "di" here, which sounds the same, because espeak-ng reads a
        // lone "gi" as a consonant without its vowel.
        SEGMENTS.put(INVITE, "Mời công dân có số thứ tự");
        SEGMENTS.put(TO_COUNTER, "đến quầy số");
        for (String[] w : words) {
            WORDS.put(w[0], w[1]);
            SEGMENTS.put(w[1], w[0]);
        }
        for (String[] l : letters) {
            String id = "letter-" + l[1];
            LETTERS.put(l[0].charAt(0), id);
            SEGMENTS.put(id, l[2]);
        }
    }

    private Vocabulary() {
    }

    /** The segment that speaks a number word of {@link VietnameseNumbers}. */
    public static String segmentOfWord(String word) {
        String id = WORDS.get(word);
        if (id == null) {
            throw new IllegalArgumentException("no segment speaks the word '" + word + "'");
        }
        return id;
    }

    /** The segment that speaks a letter's Vietnamese name, in either case. */
    public static String segmentOfLetter(char letter) {
        String id = LETTERS.get(Character.toUpperCase(letter));
        if (id == null) {
            throw new IllegalArgumentException("no segment speaks the letter '" + letter + "'");
        }
        return id;
    }

    /** Every spoken segment (not the chime), id to the Vietnamese it says, in a stable order. */
    public static Map<String, String> segments() {
        return Collections.unmodifiableMap(SEGMENTS);
    }

    /** Prints {@code id<TAB>text} per segment, for the script that generates the voice pack. */
    public static void main(String[] args) {
        SEGMENTS.forEach((id, text) -> System.out.println(id + "\t" + text.toLowerCase(Locale.ROOT)
                .replace('-', ' ')));
    }
}
