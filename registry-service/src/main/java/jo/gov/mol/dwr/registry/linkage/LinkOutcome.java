package jo.gov.mol.dwr.registry.linkage;

import java.util.List;
import java.util.Optional;

/**
 * What linkage decided for an incoming record, and why: enough to store with a link or a review item and to explain
 * it later.
 *
 * @param best   the person the record is linked to (LINK) or most likely belongs to (REVIEW); empty only when
 *               there was no candidate at all
 * @param ranked every candidate person, best first
 */
public record LinkOutcome(Decision decision, Basis basis, Optional<PersonScore> best, List<PersonScore> ranked) {

    /** What the decision rests on. */
    public enum Basis {
        /** Issuing state, passport number and birth date all agree with one person's: linked without weighing. */
        PASSPORT_AND_BIRTH_DATE,
        /** The best person's total weight against the thresholds. */
        WEIGHT,
        /** More than one person would do: a person decides. */
        AMBIGUOUS,
        /** The weight would link, but the names do not agree: a person decides. */
        NAMES_DISAGREE,
        /** Blocking found nobody to compare with. */
        NO_CANDIDATE
    }

    public LinkOutcome {
        ranked = List.copyOf(ranked);
    }

    public Optional<String> personId() {
        return decision == Decision.LINK ? best.map(PersonScore::personId) : Optional.empty();
    }
}
