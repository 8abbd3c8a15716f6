package jo.gov.mol.dwr.sandbox.moi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.moi.approvals.ReasonCode;
import jo.gov.mol.dwr.sandbox.moi.MoiDecisionPlan.Kind;
import jo.gov.mol.dwr.sandbox.moi.MoiDecisionPlan.Outcome;

class MoiDecisionPlanTests {

    @Test
    void givesTheSameOutcomesForTheSameSeed() {
        assertThat(outcomes(42, 100, 0.2, 0.05, 0.05)).isEqualTo(outcomes(42, 100, 0.2, 0.05, 0.05))
                .isNotEqualTo(outcomes(43, 100, 0.2, 0.05, 0.05));
    }

    @Test
    void keepsTheSharesExactlyInEveryBlock() {
        List<Outcome> outcomes = outcomes(7, 100, 0.2, 0.05, 0.05);

        assertThat(outcomes).filteredOn(o -> o.kind() == Kind.REJECTED).hasSize(20);
        assertThat(outcomes).filteredOn(o -> o.kind() == Kind.REVOKED).hasSize(4);
        assertThat(outcomes).filteredOn(Outcome::repeated).hasSize(5);
        assertThat(IntStream.range(0, 20).mapToObj(block -> outcomes.subList(5 * block, 5 * block + 5)))
                .allSatisfy(block -> assertThat(block).filteredOn(o -> o.kind() == Kind.REJECTED).hasSize(1));
    }

    @Test
    void rejectsForEveryReasonWithinTheFirstFiveRejections() {
        List<Outcome> rejections = outcomes(11, 25, 0.2, 0, 0).stream().filter(o -> o.kind() == Kind.REJECTED).toList();

        assertThat(rejections).extracting(Outcome::reason).containsExactlyInAnyOrder(ReasonCode.values());
    }

    @Test
    void revokesForAReasonAndApprovesForFourToTwelveWeeks() {
        List<Outcome> outcomes = outcomes(5, 200, 0.2, 0.1, 0);

        assertThat(outcomes).filteredOn(o -> o.kind() == Kind.REVOKED).isNotEmpty()
                .allSatisfy(o -> assertThat(o.reason()).isIn(ReasonCode.SECURITY, ReasonCode.PREVIOUS_VIOLATION));
        assertThat(outcomes).filteredOn(o -> o.kind() == Kind.APPROVED).allSatisfy(o -> assertThat(o.reason()).isNull());
        assertThat(outcomes).extracting(Outcome::validFor).allSatisfy(weeks -> assertThat(weeks).isBetween(4, 12));
    }

    @Test
    void approvesEverythingWhenNothingIsToBeRejectedOrRevoked() {
        assertThat(outcomes(1, 50, 0, 0, 0)).allSatisfy(o -> {
            assertThat(o.kind()).isEqualTo(Kind.APPROVED);
            assertThat(o.repeated()).isFalse();
        });
    }

    private static List<Outcome> outcomes(long seed, int n, double rejected, double revoked, double repeated) {
        MoiDecisionPlan plan = new MoiDecisionPlan(seed, rejected, revoked, repeated);
        return IntStream.range(0, n).mapToObj(i -> plan.next()).toList();
    }
}
