package jo.gov.mol.dwr.registry.linkage;

import java.util.List;
import java.util.function.Function;

/** Agreement on a coded value (sex, nationality, a state): the same or not. */
public final class SameValueComparator<R> implements FieldComparator<R> {

    public static final int SAME = 0;
    public static final int DIFFERENT = 1;
    private static final List<String> LEVELS = List.of("SAME", "DIFFERENT");

    private final String field;
    private final Function<R, ?> value;

    public SameValueComparator(String field, Function<R, ?> value) {
        this.field = field;
        this.value = value;
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public int compare(R left, R right) {
        Object a = value.apply(left);
        Object b = value.apply(right);
        if (a == null || b == null || "".equals(a) || "".equals(b)) {
            return MISSING;
        }
        return a.equals(b) ? SAME : DIFFERENT;
    }
}
