package jo.gov.mol.dwr.registry.flag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jo.gov.mol.dwr.mappings.canonical.ApprovalNo;
import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.mappings.canonical.NationalId;
import jo.gov.mol.dwr.mappings.canonical.PassportRef;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.registry.approval.ApprovalOnRecord;
import jo.gov.mol.dwr.registry.office.LicenceOnDate;
import jo.gov.mol.dwr.registry.reference.RuleSet;
import jo.gov.mol.dwr.registry.source.SourceRef;

/**
 * What the rules may know beyond the person's own facts: the time now, the rules in force, and the registry's other
 * records (approvals, offices, other persons, complaints against employers). Read-only.
 */
interface FlagContext {

    /** The injected clock's now: rules about time passing fire once it has passed. */
    Instant now();

    /** The rule set in force on a date (policy.md: the one in force on the fact's date judges it). */
    RuleSet rulesOn(LocalDate date);

    Optional<ApprovalOnRecord> approval(ApprovalNo approvalNo);

    /** The person a request recruits now (through merges), the request's office and its message. */
    Optional<RequestHolder> holderOf(RequestId requestId);

    Optional<LicenceOnDate> licenceOn(LicenceNo office, LocalDate date);

    /** The other persons whose records name this passport, each with its first such record. */
    List<PassportUse> othersUsing(PassportRef passport, long personId);

    /** The complaints against an employer that stand SUBSTANTIATED now, of the abuse categories. */
    List<AbuseComplaint> substantiatedAbuseAgainst(NationalId employer, LocalDate on);

    /** The message an applied event came in. */
    Optional<SourceRef> source(UUID eventId);

    /** The person a request recruits and where that is written. */
    record RequestHolder(long personId, String office, SourceRef request) {
    }

    /** Another person's use of a passport: their first record naming it. */
    record PassportUse(long personId, Instant businessTime, SourceRef record) {
    }

    /** A substantiated abuse complaint, and the worker it is by or for (a person, or their passport if unlinked). */
    record AbuseComplaint(String complaintId, LocalDate filedOn, String worker, SourceRef source) {
    }
}
