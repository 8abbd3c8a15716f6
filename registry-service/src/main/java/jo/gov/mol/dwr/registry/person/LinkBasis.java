package jo.gov.mol.dwr.registry.person;

import jo.gov.mol.dwr.registry.linkage.LinkOutcome;

/** What a stored link rests on: one of the engine's bases, or a person's split. */
public enum LinkBasis {
    /** Issuing state, passport number and birth date agreed with one person's record. */
    PASSPORT_AND_BIRTH_DATE,
    /** The best person's total weight against the thresholds. */
    WEIGHT,
    /** More than one person would do: the record waits for review on a provisional person. */
    AMBIGUOUS,
    /** The weight would link but the names disagree: the record waits for review on a provisional person. */
    NAMES_DISAGREE,
    /** Blocking found nobody to compare with. */
    NO_CANDIDATE,
    /** A person split the record from the person it was linked to. */
    SPLIT;

    static LinkBasis of(LinkOutcome.Basis basis) {
        return valueOf(basis.name());
    }
}
