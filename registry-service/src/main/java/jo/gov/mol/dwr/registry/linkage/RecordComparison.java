package jo.gov.mol.dwr.registry.linkage;

import java.util.List;

/** The fields on which two records are compared, in a fixed order that a {@link MatchModel} shares. */
public record RecordComparison<R>(List<FieldComparator<R>> comparators) {

    public RecordComparison {
        comparators = List.copyOf(comparators);
    }

    /** The agreement level of every field, in the order of {@link #comparators()}. */
    public int[] compare(R left, R right) {
        int[] levels = new int[comparators.size()];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = comparators.get(i).compare(left, right);
        }
        return levels;
    }
}
