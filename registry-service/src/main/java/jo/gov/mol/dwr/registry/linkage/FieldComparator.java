package jo.gov.mol.dwr.registry.linkage;

import java.util.List;

/**
 * Compares one field of two records and names how well they agree, as an index into {@link #levels()} (best
 * agreement first), or {@link #MISSING} when either record lacks the field: a missing value is no evidence either
 * way, so it weighs nothing.
 */
public interface FieldComparator<R> {

    int MISSING = -1;

    String field();

    List<String> levels();

    int compare(R left, R right);
}
