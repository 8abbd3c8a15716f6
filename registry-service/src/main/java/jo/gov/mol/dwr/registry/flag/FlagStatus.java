package jo.gov.mol.dwr.registry.flag;

/**
 * Where a flag stands (policy.md): auditors move it from OPEN or IN_REVIEW to IN_REVIEW, CONFIRMED or DISMISSED;
 * the registry resolves an OPEN or IN_REVIEW flag whose condition ceased, and opens it again if it holds again.
 */
public enum FlagStatus {
    OPEN, IN_REVIEW, CONFIRMED, DISMISSED, RESOLVED;

    /** Whether the registry may resolve or reopen it (an auditor's verdict is kept). */
    boolean pending() {
        return this == OPEN || this == IN_REVIEW;
    }
}
