package jo.gov.mol.dwr.sandbox.nation;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;

/**
 * How the systems deliver the nation's facts, drawn from the seed apart from the nation itself, so that the same
 * nation can be replayed tidy or untidy: which messages go twice, which days late, which first broken. None changes
 * the truth: a repeat is the same message, a broken one is refused and sent right, a late one is the same fact.
 */
final class DeliveryNoise {
    private static final int MOST_DAYS_LATE = 10;

    /** What befalls one message on its way. */
    record Twist(boolean twice, int daysLate, boolean brokenFirst) {
        static final Twist NONE = new Twist(false, 0, false);
    }

    private final Map<String, Twist> twists;

    private DeliveryNoise(Map<String, Twist> twists) {
        this.twists = twists;
    }

    static DeliveryNoise of(Nation nation) {
        Noise noise = nation.settings().noise();
        Random random = new Random(nation.settings().seed() ^ 0x6e6f697365L);
        Map<String, Twist> twists = new HashMap<>();
        for (Step step : nation.steps()) {
            boolean hasIdOfItsOwn = step.system() == SourceSystem.MOL || step.system() == SourceSystem.MOI
                    || step.system() == SourceSystem.EMBASSY_PHL;
            boolean twice = hasIdOfItsOwn && random.nextDouble() < noise.duplicateShare();
            boolean mayBeLate = (step.system() == SourceSystem.MOL && !(step instanceof Step.Requested))
                    || step.system() == SourceSystem.EMBASSY_PHL;
            int late = mayBeLate && random.nextDouble() < noise.lateShare() ? 1 + random.nextInt(MOST_DAYS_LATE) : 0;
            boolean broken = step.system() == SourceSystem.MOL && random.nextDouble() < noise.invalidShare();
            if (twice || late > 0 || broken) {
                twists.put(step.recordId(), new Twist(twice, late, broken));
            }
        }
        return new DeliveryNoise(twists);
    }

    Twist of(Step step) {
        return twists.getOrDefault(step.recordId(), Twist.NONE);
    }

    long count(Predicate<Twist> which) {
        return twists.values().stream().filter(which).count();
    }
}
