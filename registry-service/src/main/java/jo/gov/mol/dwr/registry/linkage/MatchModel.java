package jo.gov.mol.dwr.registry.linkage;

import java.util.ArrayList;
import java.util.List;

/** The m and u probabilities of every field of a {@link RecordComparison}, in its order; scores comparison vectors. */
public record MatchModel(List<FieldWeights> fields) {

    public MatchModel {
        fields = List.copyOf(fields);
    }

    public Score score(int[] levels) {
        if (levels.length != fields.size()) {
            throw new IllegalArgumentException("expected " + fields.size() + " levels, got " + levels.length);
        }
        List<FieldWeight> weights = new ArrayList<>(levels.length);
        double total = 0;
        for (int i = 0; i < levels.length; i++) {
            FieldWeights field = fields.get(i);
            double weight = field.weight(levels[i]);
            weights.add(new FieldWeight(field.field(), field.levelName(levels[i]), weight));
            total += weight;
        }
        return new Score(total, weights);
    }

    /** The total alone, for ranking many pairs without building their explanation. */
    public double total(int[] levels) {
        double total = 0;
        for (int i = 0; i < levels.length; i++) {
            total += fields.get(i).weight(levels[i]);
        }
        return total;
    }
}
