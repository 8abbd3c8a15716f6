package jo.gov.mol.dwr.registry.linkage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Types a Latin name in Arabic script as a MoL clerk would, by the letter table in {@code arabic-letters.txt}, now
 * and then leaving out a vowel inside a word, as clerks do. Written apart from the engine's transliteration on
 * purpose: the evaluation must not test ICU against itself.
 */
final class ArabicTypist {

    private record Spelling(boolean wordStart, String latin, String arabic) {
    }

    private final List<Spelling> spellings = new ArrayList<>();

    ArabicTypist() {
        try (var in = new BufferedReader(new InputStreamReader(
                ArabicTypist.class.getResourceAsStream("arabic-letters.txt"), StandardCharsets.UTF_8))) {
            in.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] sides = line.split("=");
                boolean start = sides[0].startsWith("^");
                spellings.add(new Spelling(start, start ? sides[0].substring(1) : sides[0], sides[1]));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        spellings.sort(Comparator.comparing((Spelling s) -> !s.wordStart()).thenComparing(s -> -s.latin().length()));
    }

    String type(String latinName, Random random) {
        List<String> words = new ArrayList<>();
        for (String word : latinName.split(" ")) {
            words.add(typeWord(word, random));
        }
        return String.join(" ", words);
    }

    private String typeWord(String word, Random random) {
        StringBuilder arabic = new StringBuilder();
        int i = 0;
        while (i < word.length()) {
            Spelling spelling = spellingAt(word, i);
            boolean innerVowel = i > 0 && i < word.length() - 1 && "AEIOU".contains(spelling.latin());
            boolean doubled = i > 0 && word.charAt(i - 1) == word.charAt(i) && spelling.latin().length() == 1;
            if (!(innerVowel && random.nextDouble() < 0.15) && !doubled) {
                arabic.append(spelling.arabic());
            }
            i += spelling.latin().length();
        }
        return arabic.toString();
    }

    private Spelling spellingAt(String word, int i) {
        for (Spelling spelling : spellings) {
            if ((!spelling.wordStart() || i == 0) && word.startsWith(spelling.latin(), i)) {
                return spelling;
            }
        }
        throw new IllegalArgumentException("no Arabic spelling for " + word.charAt(i) + " in " + word);
    }
}
