package jo.gov.mol.dwr.sandbox.nation;

/**
 * A wrong the nation injects on purpose into a share of its journeys, each named after the flag rule of policy.md it
 * is meant to make fire ({@link #rule()}; a revoked approval makes an entry on it one without approval). What else a
 * journey so shaped makes fire (an underage worker is also below the bilateral minimum age; the holder of an approval
 * someone else entered on leaves it unused) the truth works out from the journeys themselves ({@link ExpectedFlags}).
 */
public enum Anomaly {
    /** Sixteen or seventeen at the request. */
    UNDERAGE_WORKER,
    /** An adult, but younger than the nationality's minimum age at the request. */
    BELOW_BILATERAL_MINIMUM_AGE,
    /** A contract under the nationality's minimum salary, attested as written. */
    SALARY_BELOW_MINIMUM,
    /** The embassy attests a fifth more than MoL's contract says. */
    SALARY_MISMATCH,
    /** MoI rejects the request, and the worker enters on an approval number MoI never issued. */
    ENTRY_WITHOUT_APPROVAL,
    /** The approved worker never comes; someone else enters on their approval. */
    APPROVAL_HOLDER_MISMATCH,
    /** The worker's embassy, which must attest the contract, never does; the worker enters all the same. */
    ENTRY_WITHOUT_ATTESTATION,
    /** The worker enters and no permit is ever issued. */
    NO_WORK_PERMIT,
    /** The worker leaves while a complaint about them is still open. */
    EXIT_WITH_OPEN_CASE,
    /** The employer reports the worker absconding days after a complaint against the employer. */
    RETALIATORY_ABSCONDING,
    /** Someone else, of another name and birth date, travels on a passport of the worker's number. */
    DUPLICATE_IDENTITY,
    /** The embassy reports the worker's death. */
    WORKER_DECEASED,
    /** Three employer transfers within a few months. */
    FREQUENT_TRANSFERS,
    /**
     * The request, or a later transfer, names an office that is not ACTIVE that day: a licence SUSPENDED, REVOKED or
     * EXPIRED, one run out, or a licence number MoL never issued. MoI refuses such a request as OFFICE_NOT_ELIGIBLE.
     */
    OFFICE_LICENCE_INVALID,
    /** Recruited through the office that recruits past its small annual quota ({@link OfficeRoster}). */
    OFFICE_QUOTA_EXCEEDED,
    /** Recruited by an employer two of whose earlier workers' abuse complaints against it were substantiated. */
    REPEAT_ABUSE_EMPLOYER,
    /** A contract of a few months; the worker stays on after the permit runs out, neither renewed nor gone. */
    OVERSTAY,
    /** MoI revokes the approval, before the entry (the worker enters on it all the same) or while the worker is here. */
    APPROVAL_REVOKED;

    /** The rule of policy.md the anomaly makes fire. */
    public String rule() {
        return this == APPROVAL_REVOKED ? ENTRY_WITHOUT_APPROVAL.name() : name();
    }
}
