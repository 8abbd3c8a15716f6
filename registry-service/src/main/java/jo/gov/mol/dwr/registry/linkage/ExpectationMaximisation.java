package jo.gov.mol.dwr.registry.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Estimates m and u from unlabelled comparison vectors (Winkler's EM for the Fellegi-Sunter model, fields taken as
 * conditionally independent). The vectors are the candidate pairs that blocking produced, so the estimate holds for
 * pairs found that way. A missing field takes no part in its own estimate. Probabilities are kept away from 0 so
 * that no level ever weighs an infinite amount.
 */
public final class ExpectationMaximisation {

    /** The result: the estimated model, the estimated share of matches among the pairs, and the rounds it took. */
    public record Estimate(MatchModel model, double matchShare, int rounds) {

        /** The weight above which a pair is more likely a match than not, given the share of matches. */
        public double evenOddsWeight() {
            return Math.log((1 - matchShare) / matchShare) / Math.log(2);
        }
    }

    private static final double FLOOR = 1e-6;

    private final int maxRounds;
    private final double tolerance;

    public ExpectationMaximisation(int maxRounds, double tolerance) {
        this.maxRounds = maxRounds;
        this.tolerance = tolerance;
    }

    public Estimate estimate(List<int[]> vectors, MatchModel start, double startMatchShare) {
        List<Pattern> patterns = distinct(vectors);
        int fieldCount = start.fields().size();
        double[][] m = new double[fieldCount][];
        double[][] u = new double[fieldCount][];
        for (int f = 0; f < fieldCount; f++) {
            m[f] = start.fields().get(f).m();
            u[f] = start.fields().get(f).u();
        }
        double share = startMatchShare;
        int round = 0;
        boolean settled = false;
        while (round < maxRounds && !settled) {
            round++;
            double[][] matchCounts = zeroLike(m);
            double[][] nonMatchCounts = zeroLike(u);
            double matches = 0;
            double total = 0;
            for (Pattern pattern : patterns) {
                double g = matchProbability(pattern.levels, m, u, share);
                matches += g * pattern.count;
                total += pattern.count;
                for (int f = 0; f < fieldCount; f++) {
                    int level = pattern.levels[f];
                    if (level != FieldComparator.MISSING) {
                        matchCounts[f][level] += g * pattern.count;
                        nonMatchCounts[f][level] += (1 - g) * pattern.count;
                    }
                }
            }
            double change = Math.abs(matches / total - share);
            share = clamp(matches / total);
            for (int f = 0; f < fieldCount; f++) {
                change = Math.max(change, normaliseInto(matchCounts[f], m[f]));
                change = Math.max(change, normaliseInto(nonMatchCounts[f], u[f]));
            }
            settled = change < tolerance;
        }
        List<FieldWeights> fields = new ArrayList<>(fieldCount);
        for (int f = 0; f < fieldCount; f++) {
            FieldWeights given = start.fields().get(f);
            fields.add(new FieldWeights(given.field(), given.levels(), m[f], u[f]));
        }
        return new Estimate(new MatchModel(fields), share, round);
    }

    private static double matchProbability(int[] levels, double[][] m, double[][] u, double share) {
        double logMatch = Math.log(share);
        double logNonMatch = Math.log(1 - share);
        for (int f = 0; f < levels.length; f++) {
            if (levels[f] != FieldComparator.MISSING) {
                logMatch += Math.log(m[f][levels[f]]);
                logNonMatch += Math.log(u[f][levels[f]]);
            }
        }
        return 1 / (1 + Math.exp(logNonMatch - logMatch));
    }

    /** Writes the counts as probabilities into {@code target} and answers the largest change. */
    private static double normaliseInto(double[] counts, double[] target) {
        double sum = Arrays.stream(counts).sum();
        double change = 0;
        for (int level = 0; level < counts.length; level++) {
            double next = sum == 0 ? target[level] : clamp(counts[level] / sum);
            change = Math.max(change, Math.abs(next - target[level]));
            target[level] = next;
        }
        return change;
    }

    private static double clamp(double probability) {
        return Math.min(1 - FLOOR, Math.max(FLOOR, probability));
    }

    private static double[][] zeroLike(double[][] shape) {
        double[][] zero = new double[shape.length][];
        for (int f = 0; f < shape.length; f++) {
            zero[f] = new double[shape[f].length];
        }
        return zero;
    }

    private static List<Pattern> distinct(List<int[]> vectors) {
        Map<List<Integer>, Pattern> byLevels = new HashMap<>();
        for (int[] vector : vectors) {
            byLevels.computeIfAbsent(Arrays.stream(vector).boxed().toList(), key -> new Pattern(vector.clone())).count++;
        }
        return List.copyOf(byLevels.values());
    }

    private static final class Pattern {
        private final int[] levels;
        private long count;

        private Pattern(int[] levels) {
            this.levels = levels;
        }
    }
}
