package jo.gov.mol.dwr.registry.audit;

/** What a person did through the API; the name is stable, the word stored and listed in every audit record. */
public enum AuditAction {
    /** Read a source message as received, with its hash. */
    READ_MESSAGE,
    /** Read the audit records themselves. */
    READ_AUDIT,
    /** Read a worker (a registry person) and their records. */
    READ_WORKER,
    /** Read a worker's timeline of events from every system. */
    READ_TIMELINE,
    /** Read the linkage review queue, a review item, or why a record was linked as it was. */
    READ_LINKAGE,
    /** Decided on a review item, or merged, separated or split persons. */
    CHANGE_LINKAGE,
    /** Read flags (each names the worker it concerns) or the rule catalogue. */
    READ_FLAG,
    /** Moved a flag (in review, confirmed, dismissed). */
    CHANGE_FLAG,
    /** Read an office's classifications. */
    READ_CLASSIFICATION,
    /** Confirmed, overrode, approved or rejected a classification. */
    CHANGE_CLASSIFICATION,
    /** Ran the time-based flag rules now. */
    RUN_SWEEP,
    /** Recomputed every office's classification now. */
    RUN_CLASSIFICATION,
    /** Read reference data: the rule sets, one of them, or the rules in force on a date. */
    READ_REFERENCE,
    /** Wrote a new version of the reference data (a rule set, or one country's bilateral rule from a date). */
    CHANGE_REFERENCE
}
