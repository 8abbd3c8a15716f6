package jo.gov.mol.dwr.registry.linkage;

import java.util.Locale;

/** Precision, recall and F1 of a set of links against the truth. */
record LinkageQuality(long correct, long linked, long trueMatches) {

    double precision() {
        return linked == 0 ? 1 : (double) correct / linked;
    }

    double recall() {
        return trueMatches == 0 ? 1 : (double) correct / trueMatches;
    }

    double f1() {
        return 2 * precision() * recall() / (precision() + recall());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "precision %.4f (%d of %d links), recall %.4f (of %d), F1 %.4f",
                precision(), correct, linked, recall(), trueMatches, f1());
    }
}
