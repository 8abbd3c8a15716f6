package jo.gov.mol.dwr.registry.linkage;

import java.util.List;

/**
 * Compares two persons' names as sets of tokens, in any order (sources order names their own way), over every
 * pair of the scripts each record gives (so MoL's Arabic name meets the border's Latin one), and answers the best
 * agreement found:
 * <ul>
 * <li>EXACT: the same tokens;</li>
 * <li>VARIANT: every token has its partner, some of them truncated, mistyped, spelt otherwise or in Arabic (the
 * consonants Arabic writes count only where one name is in Arabic script);</li>
 * <li>MISSING_TOKEN: one name is the other less a token or more (a middle name left out, a given name the MRZ
 * dropped), at least two tokens agreeing;</li>
 * <li>ONE_TOKEN: a single token agrees and one side has no other: a one-word name (common in Indonesia) says
 * much less than a full one, even spelt the same;</li>
 * <li>PARTIAL: some token agrees, each side has one the other lacks (siblings share a surname);</li>
 * <li>DIFFERENT: no token agrees.</li>
 * </ul>
 * Particles count neither for nor against.
 */
final class NameComparator implements FieldComparator<StandardisedPerson> {

    static final int EXACT = 0;
    static final int VARIANT = 1;
    static final int MISSING_TOKEN = 2;
    static final int ONE_TOKEN = 3;
    static final int PARTIAL = 4;
    static final int DIFFERENT = 5;
    private static final List<String> LEVELS =
            List.of("EXACT", "VARIANT", "MISSING_TOKEN", "ONE_TOKEN", "PARTIAL", "DIFFERENT");

    @Override
    public String field() {
        return "name";
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public int compare(StandardisedPerson left, StandardisedPerson right) {
        if (left.names().isEmpty() || right.names().isEmpty()) {
            return MISSING;
        }
        int best = DIFFERENT;
        for (NameForm a : left.names()) {
            for (NameForm b : right.names()) {
                best = Math.min(best, compare(a, b));
            }
        }
        return best;
    }

    static int compare(NameForm a, NameForm b) {
        TokenAlignment alignment = TokenAlignment.align(a.tokens(), b.tokens(),
                a.script() == Script.ARABIC || b.script() == Script.ARABIC);
        if (alignment.matchedNames() == 0) {
            return DIFFERENT;
        }
        boolean oneSideWhole = alignment.unmatchedLeft() == 0 || alignment.unmatchedRight() == 0;
        if (!oneSideWhole) {
            return PARTIAL;
        }
        if (alignment.matchedNames() == 1) {
            return ONE_TOKEN;
        }
        if (alignment.unmatchedLeft() == 0 && alignment.unmatchedRight() == 0) {
            return alignment.allEqual() ? EXACT : VARIANT;
        }
        return MISSING_TOKEN;
    }
}
