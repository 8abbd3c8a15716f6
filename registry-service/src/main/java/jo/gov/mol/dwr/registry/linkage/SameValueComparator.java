package jo.gov.mol.dwr.registry.linkage;

import java.util.List;
import java.util.function.Function;

/** Agreement on a coded value (sex, nationality, a state): the same or not. */
public final class SameValueComparator<R> extends ValueComparator<R, Object> {

    public static final int SAME = 0;
    public static final int DIFFERENT = 1;
    private static final List<String> LEVELS = List.of("SAME", "DIFFERENT");

    public SameValueComparator(String field, Function<R, ?> value) {
        super(field, LEVELS, value::apply);
    }

    @Override
    int grade(Object a, Object b) {
        return a.equals(b) ? SAME : DIFFERENT;
    }
}
