package jo.gov.mol.dwr.sandbox.moi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jo.gov.mol.dwr.mappings.moi.approvals.ReasonCode;

/**
 * What MoI will decide on each new case, in the order the cases arrive, drawn from the seed. The shares are kept
 * exactly in every block of cases (one rejection in every five cases for a share of 0.2, at a seeded place in the
 * block), and the rejections take the five reason codes in turn, in a seeded order, so that a short stream already
 * shows every reason. Arrival order depends on the hub's timing; the sequence of outcomes does not.
 */
final class MoiDecisionPlan {

    /** How one case ends: approved, rejected, or approved and later revoked. */
    enum Kind { APPROVED, REJECTED, REVOKED }

    /**
     * @param reason    the reason of a rejection or of a revocation, null for an approval
     * @param validFor  how many weeks an approval is valid (the worker must enter by then)
     * @param repeated  whether MoI sends its first decision a second time under the same MessageId
     */
    record Outcome(Kind kind, ReasonCode reason, int validFor, boolean repeated) {
    }

    private static final List<ReasonCode> REVOCATION_REASONS = List.of(ReasonCode.SECURITY, ReasonCode.PREVIOUS_VIOLATION);

    private final Random random;
    private final Blocks rejected;
    private final Blocks revoked;
    private final Blocks repeated;
    private final List<ReasonCode> reasons;
    private int cases;
    private int approvals;
    private int rejections;

    MoiDecisionPlan(long seed, double rejectedShare, double revokedShare, double repeatedShare) {
        this.random = new Random(seed ^ 0x4d6f49L);
        this.rejected = new Blocks(rejectedShare, new Random(seed ^ 0x52454aL));
        this.revoked = new Blocks(revokedShare, new Random(seed ^ 0x524556L));
        this.repeated = new Blocks(repeatedShare, new Random(seed ^ 0x524550L));
        List<ReasonCode> order = new ArrayList<>(List.of(ReasonCode.values()));
        Collections.shuffle(order, new Random(seed));
        this.reasons = List.copyOf(order);
    }

    synchronized Outcome next() {
        int n = cases++;
        int validFor = 4 + random.nextInt(9);
        boolean repeat = repeated.picks(n);
        if (rejected.picks(n)) {
            return new Outcome(Kind.REJECTED, reasons.get(rejections++ % reasons.size()), validFor, repeat);
        }
        if (revoked.picks(approvals++)) {
            return new Outcome(Kind.REVOKED, REVOCATION_REASONS.get(random.nextInt(REVOCATION_REASONS.size())), validFor, repeat);
        }
        return new Outcome(Kind.APPROVED, null, validFor, repeat);
    }

    /** Picks one index in every block of {@code round(1 / share)} indexes, at a seeded place; none for a share of 0. */
    private static final class Blocks {
        private final int size;
        private final Random random;
        private final Map<Integer, Integer> picked = new HashMap<>();

        Blocks(double share, Random random) {
            this.size = share <= 0 ? 0 : (int) Math.max(1, Math.round(1 / Math.min(1, share)));
            this.random = random;
        }

        boolean picks(int index) {
            if (size == 0) {
                return false;
            }
            int place = picked.computeIfAbsent(index / size, block -> random.nextInt(size));
            return index % size == place;
        }
    }
}
