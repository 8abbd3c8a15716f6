package jo.gov.mol.dwr.registry.linkage;

import java.util.List;
import java.util.function.Function;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Agreement on a code typed by hand (a document number, a postcode, a house number): equal, one edit apart (a typo,
 * or a neighbouring number of one series), or different.
 */
public final class EditDistanceComparator<R> extends ValueComparator<R, String> {

    public static final int EXACT = 0;
    public static final int ONE_EDIT = 1;
    public static final int DIFFERENT = 2;
    private static final List<String> LEVELS = List.of("EXACT", "ONE_EDIT", "DIFFERENT");
    private static final LevenshteinDistance WITHIN_ONE = new LevenshteinDistance(1);

    public EditDistanceComparator(String field, Function<R, String> value) {
        super(field, LEVELS, value);
    }

    @Override
    int grade(String a, String b) {
        if (a.equals(b)) {
            return EXACT;
        }
        // the bounded distance answers -1 beyond the bound, without computing the whole table
        return WITHIN_ONE.apply(a, b) == 1 ? ONE_EDIT : DIFFERENT;
    }
}
