package jo.gov.mol.dwr.registry.linkage;

import java.util.List;

/**
 * Pairs the tokens of two names one to one, the best-agreeing pairs first, and counts what is left over.
 *
 * @param matchedNames   pairs in which a token is no particle
 * @param unmatchedLeft  tokens of the left name, particles aside, without a partner
 * @param allEqual       every pair is spelt the same
 */
record TokenAlignment(int matchedNames, int unmatchedLeft, int unmatchedRight, boolean allEqual) {

    /** @param arabicScript whether one of the two names was written in Arabic script */
    static TokenAlignment align(List<NameToken> left, List<NameToken> right, boolean arabicScript) {
        TokenAgreement[][] agreement = new TokenAgreement[left.size()][right.size()];
        for (int i = 0; i < left.size(); i++) {
            for (int j = 0; j < right.size(); j++) {
                agreement[i][j] = TokenAgreement.of(left.get(i), right.get(j), arabicScript);
            }
        }
        boolean[] leftTaken = new boolean[left.size()];
        boolean[] rightTaken = new boolean[right.size()];
        int matchedNames = 0;
        boolean allEqual = true;
        // greedy by kind of agreement: with names of a handful of tokens this is the optimal pairing in practice
        for (TokenAgreement kind : TokenAgreement.values()) {
            if (kind == TokenAgreement.NONE) {
                break;
            }
            for (int i = 0; i < left.size(); i++) {
                for (int j = 0; j < right.size() && !leftTaken[i]; j++) {
                    if (!rightTaken[j] && agreement[i][j] == kind) {
                        leftTaken[i] = true;
                        rightTaken[j] = true;
                        boolean names = !left.get(i).particle() || !right.get(j).particle();
                        matchedNames += names ? 1 : 0;
                        allEqual &= kind == TokenAgreement.EQUAL;
                    }
                }
            }
        }
        return new TokenAlignment(matchedNames, unmatched(left, leftTaken), unmatched(right, rightTaken), allEqual);
    }

    private static int unmatched(List<NameToken> tokens, boolean[] taken) {
        int count = 0;
        for (int i = 0; i < tokens.size(); i++) {
            count += !taken[i] && !tokens.get(i).particle() ? 1 : 0;
        }
        return count;
    }
}
