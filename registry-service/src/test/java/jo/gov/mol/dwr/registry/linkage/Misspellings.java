package jo.gov.mol.dwr.registry.linkage;

import java.util.List;
import java.util.Random;

/** The ways the sources get a name wrong: a typing slip, or another spelling of the same sound. */
final class Misspellings {

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** Spellings of one sound that embassies and clerks use interchangeably. */
    private static final List<String[]> VARIANTS = List.of(
            new String[] {"PH", "F"}, new String[] {"OU", "U"}, new String[] {"EE", "I"}, new String[] {"TH", "T"},
            new String[] {"KH", "K"}, new String[] {"Y", "I"}, new String[] {"C", "K"}, new String[] {"J", "DJ"},
            new String[] {"OE", "U"}, new String[] {"SH", "S"}, new String[] {"W", "U"}, new String[] {"IE", "I"});

    private final Random random;

    Misspellings(Random random) {
        this.random = random;
    }

    /** One letter changed, dropped, doubled or swapped with its neighbour, in one word of the name. */
    String typo(String name) {
        String[] words = name.split(" ");
        int w = random.nextInt(words.length);
        String word = words[w];
        if (word.length() < 3) {
            return name;
        }
        int i = 1 + random.nextInt(word.length() - 2);
        words[w] = switch (random.nextInt(4)) {
            case 0 -> word.substring(0, i) + LETTERS.charAt(random.nextInt(LETTERS.length())) + word.substring(i + 1);
            case 1 -> word.substring(0, i) + word.substring(i + 1);
            case 2 -> word.substring(0, i) + word.charAt(i) + word.substring(i);
            default -> word.substring(0, i - 1) + word.charAt(i) + word.charAt(i - 1) + word.substring(i + 1);
        };
        return String.join(" ", words);
    }

    /** Another spelling of one sound in the name, where it has one; else the name unchanged. */
    String variant(String name) {
        int start = random.nextInt(VARIANTS.size());
        for (int k = 0; k < VARIANTS.size(); k++) {
            String[] pair = VARIANTS.get((start + k) % VARIANTS.size());
            int from = random.nextBoolean() ? 0 : 1;
            int at = name.indexOf(pair[from], 1);
            if (at > 0 && Character.isLetter(name.charAt(at - 1))) {
                return name.substring(0, at) + pair[1 - from] + name.substring(at + pair[from].length());
            }
        }
        return name;
    }
}
