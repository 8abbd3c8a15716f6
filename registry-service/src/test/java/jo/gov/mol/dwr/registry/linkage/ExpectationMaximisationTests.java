package jo.gov.mol.dwr.registry.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ExpectationMaximisationTests {

    private static final List<String> LEVELS = List.of("AGREE", "DISAGREE");

    /** Three fields, each agreeing for 90% of matches and 10% of non-matches; 5% of the pairs are matches. */
    @Test
    void recoversMAndUAndTheShareOfMatchesFromUnlabelledPairs() {
        Random random = new Random(7);
        List<int[]> vectors = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            boolean match = random.nextDouble() < 0.05;
            int[] vector = new int[3];
            for (int f = 0; f < 3; f++) {
                boolean agree = random.nextDouble() < (match ? 0.9 : 0.1);
                vector[f] = agree ? 0 : 1;
            }
            vectors.add(vector);
        }
        MatchModel start = new MatchModel(List.of(field("a"), field("b"), field("c")));

        ExpectationMaximisation.Estimate estimate = new ExpectationMaximisation(200, 1e-8).estimate(vectors, start, 0.2);

        assertThat(estimate.matchShare()).isCloseTo(0.05, within(0.01));
        for (FieldWeights field : estimate.model().fields()) {
            assertThat(field.m()[0]).isCloseTo(0.9, within(0.03));
            assertThat(field.u()[0]).isCloseTo(0.1, within(0.01));
        }
    }

    @Test
    void leavesAMissingFieldOutOfItsOwnEstimate() {
        List<int[]> vectors = List.of(new int[] {0, FieldComparator.MISSING}, new int[] {1, FieldComparator.MISSING});
        MatchModel start = new MatchModel(List.of(field("a"), field("b")));

        ExpectationMaximisation.Estimate estimate = new ExpectationMaximisation(10, 1e-8).estimate(vectors, start, 0.5);

        assertThat(estimate.model().fields().get(1)).isEqualTo(start.fields().get(1));
    }

    private static FieldWeights field(String name) {
        return new FieldWeights(name, LEVELS, new double[] {0.7, 0.3}, new double[] {0.3, 0.7});
    }
}
