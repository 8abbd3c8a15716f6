package jo.gov.mol.dwr.registry.flag;

import static jo.gov.mol.dwr.registry.flag.Severity.CRITICAL;
import static jo.gov.mol.dwr.registry.flag.Severity.HIGH;
import static jo.gov.mol.dwr.registry.flag.Severity.LOW;
import static jo.gov.mol.dwr.registry.flag.Severity.MEDIUM;
import static jo.gov.mol.dwr.registry.flag.SubjectType.EMPLOYER;
import static jo.gov.mol.dwr.registry.flag.SubjectType.OFFICE;
import static jo.gov.mol.dwr.registry.flag.SubjectType.PERSON;

/**
 * The Ministry's flag catalogue (policy.md; decisions.md: 20 rules): each rule's code, severity, subject, one sentence
 * of why it matters, and what one flag stands for. The thresholds the sentences quote are the defaults; the rule
 * set in force on a fact's date holds the ones that judge it.
 */
public enum RuleCode {
    UNDERAGE_WORKER(CRITICAL, PERSON, "person",
            "The person is under 18 on the date of an event about them (birth date from any linked source)."),
    BELOW_BILATERAL_MINIMUM_AGE(HIGH, PERSON, "recruitment request",
            "At the recruitment request the worker is younger than the nationality's minimum age."),
    DEPLOYMENT_SUSPENDED(HIGH, PERSON, "request or entry",
            "A recruitment request, or an entry on a MoI approval, for a nationality whose deployment is suspended on that date."),
    SALARY_BELOW_MINIMUM(MEDIUM, PERSON, "request or attestation",
            "A contract salary (MoL request or embassy attestation) is below the nationality's minimum."),
    SALARY_MISMATCH(MEDIUM, PERSON, "request",
            "The salary an embassy attested differs from the MoL contract's by more than 10 % of the MoL salary."),
    ENTRY_WITHOUT_APPROVAL(HIGH, PERSON, "entry",
            "An entry on no known or no valid approval, or an entry without one by a recruited worker with no valid work permit."),
    APPROVAL_HOLDER_MISMATCH(CRITICAL, PERSON, "entry",
            "The person entering on an approval is not linked to the person it was granted for."),
    ENTRY_WITHOUT_ATTESTATION(MEDIUM, PERSON, "entry",
            "An entry on an approval for a nationality that requires attestation, with no attested contract for that person and office."),
    NO_WORK_PERMIT(MEDIUM, PERSON, "entry",
            "No work permit was issued within 30 days after an entry on an approval."),
    APPROVAL_UNUSED(LOW, PERSON, "approval",
            "An approval passed its ValidUntil with no entry of its holder."),
    OFFICE_LICENCE_INVALID(HIGH, OFFICE, "request or transfer",
            "A recruitment request or transfer names an office that is not ACTIVE on that date, or is unknown."),
    OFFICE_QUOTA_EXCEEDED(MEDIUM, OFFICE, "licence year",
            "An office's recruitment requests in a licence year exceed its annual quota."),
    DUPLICATE_IDENTITY(HIGH, PERSON, "passport",
            "One passport number of one issuing state is used by two different people."),
    RETALIATORY_ABSCONDING(HIGH, EMPLOYER, "absconding report",
            "An employer reported a worker absconding within 14 days after a complaint by or for that worker against that employer."),
    FREQUENT_TRANSFERS(MEDIUM, PERSON, "person and window",
            "A worker was transferred between employers 3 or more times within 12 months from a first transfer."),
    EXIT_WITH_OPEN_CASE(MEDIUM, PERSON, "exit",
            "A worker exits while a complaint or welfare case about them is open."),
    MISSING_WORKER(HIGH, PERSON, "report",
            "A worker reported missing, or reported absconding, has had no exit and no new event for 30 days."),
    REPEAT_ABUSE_EMPLOYER(HIGH, EMPLOYER, "request",
            "A recruitment request names an employer with 2 or more substantiated abuse complaints from different workers in the 24 months before it."),
    OVERSTAY(LOW, PERSON, "permit",
            "A work permit has been expired 30 days with no renewal and no exit."),
    WORKER_DECEASED(CRITICAL, PERSON, "person",
            "An embassy reports the worker deceased: every death is reviewed.");

    private final Severity severity;
    private final SubjectType subject;
    private final String oneFlagPer;
    private final String reason;

    RuleCode(Severity severity, SubjectType subject, String oneFlagPer, String reason) {
        this.severity = severity;
        this.subject = subject;
        this.oneFlagPer = oneFlagPer;
        this.reason = reason;
    }

    public Severity severity() {
        return severity;
    }

    public SubjectType subject() {
        return subject;
    }

    public String oneFlagPer() {
        return oneFlagPer;
    }

    public String reason() {
        return reason;
    }
}
