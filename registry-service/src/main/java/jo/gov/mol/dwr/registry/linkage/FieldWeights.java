package jo.gov.mol.dwr.registry.linkage;

import java.util.Arrays;
import java.util.List;

/**
 * The Fellegi-Sunter probabilities of one field: for each agreement level, m (the share of true matches that agree
 * so) and u (the share of non-matches that agree so). A level weighs log2(m/u): positive where agreement is more
 * likely for the same person, negative where it is more likely for two people.
 */
public record FieldWeights(String field, List<String> levels, double[] m, double[] u) {

    public FieldWeights {
        levels = List.copyOf(levels);
        if (m.length != levels.size() || u.length != levels.size()) {
            throw new IllegalArgumentException(field + ": m and u need one probability per level " + levels);
        }
        for (int level = 0; level < m.length; level++) {
            if (!(m[level] > 0 && m[level] <= 1 && u[level] > 0 && u[level] <= 1)) {
                throw new IllegalArgumentException(field + "." + levels.get(level) + ": m and u must lie in (0, 1], were "
                        + m[level] + " and " + u[level]);
            }
        }
        m = m.clone();
        u = u.clone();
    }

    public static FieldWeights of(FieldComparator<?> comparator, double[] m, double[] u) {
        return new FieldWeights(comparator.field(), comparator.levels(), m, u);
    }

    public double weight(int level) {
        return level == FieldComparator.MISSING ? 0 : Math.log(m[level] / u[level]) / Math.log(2);
    }

    public String levelName(int level) {
        return level == FieldComparator.MISSING ? "MISSING" : levels.get(level);
    }

    @Override
    public double[] m() {
        return m.clone();
    }

    @Override
    public double[] u() {
        return u.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldWeights that && field.equals(that.field) && levels.equals(that.levels)
                && Arrays.equals(m, that.m) && Arrays.equals(u, that.u);
    }

    @Override
    public int hashCode() {
        return field.hashCode() * 31 + Arrays.hashCode(m) * 17 + Arrays.hashCode(u);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(field).append('{');
        for (int level = 0; level < m.length; level++) {
            text.append(level == 0 ? "" : ", ").append(levels.get(level))
                    .append(String.format(java.util.Locale.ROOT, " m=%.4g u=%.4g w=%+.2f", m[level], u[level], weight(level)));
        }
        return text.append('}').toString();
    }
}
