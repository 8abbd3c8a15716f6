package jo.gov.mol.dwr.registry.linkage;

import java.util.List;
import java.util.function.Function;

/**
 * A comparator of one value each record gives: a value absent on either side is {@link #MISSING}, and the
 * subclass grades two present values.
 *
 * @param <V> the value's type
 */
abstract class ValueComparator<R, V> implements FieldComparator<R> {
    private final String field;
    private final List<String> levels;
    private final Function<R, V> value;

    ValueComparator(String field, List<String> levels, Function<R, V> value) {
        this.field = field;
        this.levels = levels;
        this.value = value;
    }

    @Override
    public final String field() {
        return field;
    }

    @Override
    public final List<String> levels() {
        return levels;
    }

    @Override
    public final int compare(R left, R right) {
        V a = value.apply(left);
        V b = value.apply(right);
        return isAbsent(a) || isAbsent(b) ? MISSING : grade(a, b);
    }

    /** Null and empty text say nothing; a subclass may refuse more (a malformed date). */
    boolean isAbsent(V value) {
        return value == null || "".equals(value);
    }

    /** The level of two present values. */
    abstract int grade(V a, V b);
}
