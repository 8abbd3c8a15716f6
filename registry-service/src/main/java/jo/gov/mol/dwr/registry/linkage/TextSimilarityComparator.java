package jo.gov.mol.dwr.registry.linkage;

import java.util.List;
import java.util.function.Function;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Agreement on free text (a name, a street, a suburb) by Jaro-Winkler similarity, which forgives the typos of
 * hand-typed text and weighs agreement at the start of a word most: exact, close, similar or different.
 */
public final class TextSimilarityComparator<R> extends ValueComparator<R, String> {

    public static final int EXACT = 0;
    public static final int CLOSE = 1;
    public static final int SIMILAR = 2;
    public static final int DIFFERENT = 3;
    private static final List<String> LEVELS = List.of("EXACT", "CLOSE", "SIMILAR", "DIFFERENT");
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private final double close;
    private final double similar;

    public TextSimilarityComparator(String field, Function<R, String> value, double close, double similar) {
        super(field, LEVELS, value);
        if (similar > close) {
            throw new IllegalArgumentException(field + ": the similar threshold " + similar + " lies above the close " + close);
        }
        this.close = close;
        this.similar = similar;
    }

    @Override
    int grade(String a, String b) {
        if (a.equals(b)) {
            return EXACT;
        }
        double similarity = JARO_WINKLER.apply(a, b);
        if (similarity >= close) {
            return CLOSE;
        }
        return similarity >= similar ? SIMILAR : DIFFERENT;
    }
}
