package jo.gov.mol.dwr.registry.classification;

/** Where a classification's review stands (policy.md, "Review"). */
public enum ClassificationStatus {
    /** Computed, waiting for a regulator; the class in force (if any) stays meanwhile. */
    PROPOSED,
    /** Overridden into or out of D, waiting for a second regulator. */
    AWAITING_APPROVAL,
    /** A regulator confirmed the computed class: in force. */
    CONFIRMED,
    /** A regulator overrode the class (and, into or out of D, a second one approved): in force. */
    OVERRIDDEN,
    /** A second regulator rejected the override; as a status only in the history, as the proposal then stands again. */
    REJECTED,
    /** A later classification of the office took its place. */
    SUPERSEDED;

    boolean inForce() {
        return this == CONFIRMED || this == OVERRIDDEN;
    }

    boolean pending() {
        return this == PROPOSED || this == AWAITING_APPROVAL;
    }
}
