package jo.gov.mol.dwr.registry.person;

/** What happened to a person, as its history records it. */
public enum PersonChange {
    /** Merged into another person (the other person is the survivor). */
    MERGED,
    /** A merge undone: the person stands on its own again. */
    SEPARATED,
    /** A record was split off into a new person (the other person). */
    SPLIT,
    /** A split undone: the person split off is merged back. */
    SPLIT_UNDONE,
    /** Recorded as a different person from the other person. */
    CANNOT_LINK
}
