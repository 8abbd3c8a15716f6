package jo.gov.mol.dwr.registry.person;

/** Where a linkage review item stands. */
public enum ReviewStatus {
    /** Waiting for a person: the record sits on a provisional person meanwhile. */
    OPEN,
    /** The record's person and the chosen candidate are one: merged. */
    CONFIRMED,
    /** The record's person is none of the candidates: they may never be linked. */
    REJECTED
}
