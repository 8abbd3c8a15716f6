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
    /** Read reference data: the rule sets, one of them, or the rules in force on a date. */
    READ_REFERENCE,
    /** Wrote a new version of the reference data (a rule set, or one country's bilateral rule from a date). */
    CHANGE_REFERENCE
}
