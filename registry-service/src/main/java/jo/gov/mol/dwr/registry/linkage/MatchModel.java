package jo.gov.mol.dwr.registry.linkage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
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

    /**
     * A fingerprint of every field's levels, m and u: a stored weight names the model that gave it, and a change of
     * any probability changes the name without anyone having to remember to.
     */
    public String version() {
        StringBuilder text = new StringBuilder();
        for (FieldWeights field : fields) {
            text.append(field.field()).append(field.levels()).append(Arrays.toString(field.m()))
                    .append(Arrays.toString(field.u())).append(';');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return "fs-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
