package jo.gov.mol.dwr.registry.linkage;

/**
 * The key on which a name written in Arabic script meets its Latin spelling. Arabic writes no short vowels and
 * spells foreign sounds with the nearest letter it has (no P, V or G), so after transliteration to Latin only the
 * consonants are kept, the sounds Arabic merges are merged, and the letters Arabic uses as long vowels (W, Y) or
 * leaves silent (H) are dropped. Deliberately lossy: it is one weak kind of token agreement among several.
 */
final class ConsonantSkeleton {

    private static final String[][] DIGRAPHS = {
            {"TCH", "S"}, {"TSH", "S"}, {"CH", "S"}, {"SH", "S"}, {"PH", "F"}, {"TH", "T"}, {"KH", "K"},
            {"GH", "J"}, {"DH", "D"}, {"ZH", "J"}, {"CK", "K"}, {"X", "KS"}};

    private ConsonantSkeleton() {
    }

    /** The skeleton of an upper-case ASCII token. */
    static String of(String token) {
        String text = token;
        for (String[] digraph : DIGRAPHS) {
            text = text.replace(digraph[0], digraph[1]);
        }
        StringBuilder skeleton = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char letter = merged(text, i);
            if (letter != 0 && (skeleton.isEmpty() || skeleton.charAt(skeleton.length() - 1) != letter)) {
                skeleton.append(letter);
            }
        }
        return skeleton.toString();
    }

    /** The consonant Arabic would write for the letter at {@code i}, or 0 for a vowel or a silent letter. */
    private static char merged(String text, int i) {
        char letter = text.charAt(i);
        return switch (letter) {
            case 'A', 'E', 'I', 'O', 'U', 'W', 'Y', 'H' -> 0;
            case 'C' -> i + 1 < text.length() && "EIY".indexOf(text.charAt(i + 1)) >= 0 ? 'S' : 'K';
            case 'Q' -> 'K';
            case 'P' -> 'B';
            case 'V' -> 'F';
            case 'Z' -> 'S';
            case 'G' -> 'J';
            default -> Character.isLetter(letter) ? letter : 0;
        };
    }
}
