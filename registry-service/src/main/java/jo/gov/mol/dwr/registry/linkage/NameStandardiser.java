package jo.gov.mol.dwr.registry.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.codec.language.DoubleMetaphone;

import com.ibm.icu.text.Transliterator;

/**
 * Brings a name to tokens of one Latin form: any Latin spelling to upper-case ASCII (accents dropped), Arabic script
 * transliterated (ICU's Arabic-Latin), and everything that is not a letter (punctuation, the MRZ's {@code <}
 * fillers) read as a space between words.
 */
public final class NameStandardiser {

    /** Words that join names rather than name anyone; kept as tokens, but they never count as evidence. */
    private static final Set<String> PARTICLES = Set.of(
            "AL", "EL", "BIN", "BINT", "BINTI", "BEN", "IBN", "ABU", "BTE", "BT",
            "DE", "DEL", "DELA", "DELOS", "DELAS", "DA", "DAS", "DI", "DO", "DOS", "DU", "LA", "LE", "LOS",
            "VAN", "VON", "DER", "MC");

    /**
     * Arabic script spells a particle as it sounds (DELA as DYLA), so there a short word whose consonants are a
     * particle's is one.
     */
    private static final Set<String> PARTICLE_SKELETONS =
            PARTICLES.stream().map(ConsonantSkeleton::of).collect(Collectors.toSet());
    private static final int LONGEST_ARABIC_PARTICLE = 4;

    private final Transliterator latin = Transliterator.getInstance("Any-Latin; Latin-ASCII; Upper");
    private final Transliterator arabic = Transliterator.getInstance("Arabic-Latin; Latin-ASCII; Upper");
    private final DoubleMetaphone metaphone = new DoubleMetaphone();

    public NameStandardiser() {
        metaphone.setMaxCodeLen(6);
    }

    public Optional<NameForm> latin(String name) {
        return form(Script.LATIN, name == null ? null : transliterate(latin, name));
    }

    public Optional<NameForm> arabic(String name) {
        // a final teh marbuta is silent in a name (AMINA, not AMINAT): read it as the heh that ICU drops
        return form(Script.ARABIC, name == null ? null : transliterate(arabic, name.replace('\u0629', '\u0647')));
    }

    /**
     * A name form brought back from the token text a registry kept ({@link NameForm#text()}): already standardised,
     * so only its codes are computed again, not its transliteration.
     */
    public Optional<NameForm> restored(Script script, String tokens) {
        return form(script, tokens);
    }

    /** A token of a Latin name. */
    public NameToken token(String text) {
        return token(Script.LATIN, text);
    }

    private NameToken token(Script script, String text) {
        String skeleton = ConsonantSkeleton.of(text);
        boolean particle = PARTICLES.contains(text) || script == Script.ARABIC
                && text.length() <= LONGEST_ARABIC_PARTICLE && PARTICLE_SKELETONS.contains(skeleton);
        return new NameToken(text, metaphone.doubleMetaphone(text), metaphone.doubleMetaphone(text, true), skeleton,
                particle);
    }

    private Optional<NameForm> form(Script script, String transliterated) {
        if (transliterated == null) {
            return Optional.empty();
        }
        List<NameToken> tokens = new ArrayList<>();
        for (String word : transliterated.split("[^A-Z]+")) {
            if (!word.isEmpty()) {
                tokens.add(token(script, word));
            }
        }
        return tokens.isEmpty() ? Optional.empty() : Optional.of(new NameForm(script, tokens));
    }

    // ICU transliterators keep state while they work, so one instance is not used by two threads at once
    private static String transliterate(Transliterator transliterator, String text) {
        synchronized (transliterator) {
            return transliterator.transliterate(text);
        }
    }
}
