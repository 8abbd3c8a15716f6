package jo.gov.mol.dwr.registry.linkage;

/** What linkage makes of a record. */
public enum Decision {
    /** The record is a registry person already known. */
    LINK,
    /** The evidence is between the thresholds, or points at more than one person: a person decides. */
    REVIEW,
    /** No known person is likely enough: the record describes someone new. */
    NEW
}
