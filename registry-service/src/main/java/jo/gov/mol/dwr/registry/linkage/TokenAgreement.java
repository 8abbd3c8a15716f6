package jo.gov.mol.dwr.registry.linkage;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** How two name tokens agree, best first; {@link #of} names the best way they do. */
enum TokenAgreement {
    EQUAL,
    /** One is the start of the other: the MRZ cut the name at its 39th character, or a source kept an initial. */
    TRUNCATED,
    /** A typing slip: Jaro-Winkler similarity at or above {@link #TYPO_SIMILARITY}. */
    TYPO,
    /** Spelt differently, sounding alike (Double Metaphone): NURHAYATI and NOERHAJATI. */
    PHONETIC,
    /**
     * The same consonants as Arabic script writes them: the name typed in Arabic at MoL. Only where one of the two
     * was written in Arabic script: between two Latin spellings it is too weak a key (PRO, a given name the MRZ cut,
     * and BABIRYE share it).
     */
    SKELETON,
    NONE;

    static final double TYPO_SIMILARITY = 0.9;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    /** @param arabicScript whether one of the two tokens was written in Arabic script */
    static TokenAgreement of(NameToken a, NameToken b, boolean arabicScript) {
        String x = a.text();
        String y = b.text();
        if (x.equals(y)) {
            return EQUAL;
        }
        if (a.particle() || b.particle()) {
            // DE is the start of DELACRUZ and sounds like DI: a joining word agrees only with itself
            return NONE;
        }
        if (x.startsWith(y) || y.startsWith(x)) {
            return TRUNCATED;
        }
        if (Math.min(x.length(), y.length()) >= 3 && JARO_WINKLER.apply(x, y) >= TYPO_SIMILARITY) {
            return TYPO;
        }
        if (sounds(a.phonetic(), b) || sounds(a.phoneticAlternate(), b)) {
            return PHONETIC;
        }
        return arabicScript && a.skeleton().length() >= 2 && a.skeleton().equals(b.skeleton()) ? SKELETON : NONE;
    }

    private static boolean sounds(String code, NameToken other) {
        return !code.isEmpty() && (code.equals(other.phonetic()) || code.equals(other.phoneticAlternate()));
    }
}
