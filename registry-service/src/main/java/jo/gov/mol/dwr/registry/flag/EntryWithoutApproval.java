package jo.gov.mol.dwr.registry.flag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.BorderCrossed;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.WorkPermitIssued;
import jo.gov.mol.dwr.registry.approval.ApprovalOnRecord;

/**
 * ENTRY_WITHOUT_APPROVAL: an entry whose VisaRef names no known approval, or one whose decision in force is not
 * that approval (rejected, revoked), or whose ValidUntil (inclusive) is before the entry; or an entry without VisaRef
 * by a person with a recruitment request made by then and no valid work permit that day. Raised at once; a decision
 * that arrives later and covers the entry resolves it.
 */
@Component
class EntryWithoutApproval implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.ENTRY_WITHOUT_APPROVAL;
    }

    @Override
    public List<Finding> findings(PersonFacts facts, FlagContext context) {
        List<Finding> found = new ArrayList<>();
        for (Fact entry : facts.crossings(Direction.ENTRY)) {
            BorderCrossed crossing = entry.as(BorderCrossed.class);
            List<Fact> evidence = List.of(entry);
            if (crossing.visaRef() != null) {
                Optional<ApprovalOnRecord> approval = context.approval(crossing.visaRef());
                if (approval.isEmpty() || !covers(approval.get(), entry.date())) {
                    Finding finding = Entries.finding(code(), entry, facts, context, evidence);
                    found.add(approval.flatMap(known -> context.source(known.inForce().eventId()))
                            .map(finding::withEvidence).orElse(finding));
                }
            } else if (recruitedBy(facts, entry) && !permitted(facts, entry.date())) {
                found.add(Entries.finding(code(), entry, facts, context, evidence));
            }
        }
        return found;
    }

    private static boolean covers(ApprovalOnRecord approval, LocalDate entered) {
        LocalDate validUntil = approval.inForce().validUntil();
        return approval.standing() && (validUntil == null || !validUntil.isBefore(entered));
    }

    /** Whether a recruitment request for the person was made by the time of the entry (a later one was not then). */
    private static boolean recruitedBy(PersonFacts facts, Fact entry) {
        return facts.latestRequestAtOrBefore(entry.businessTime()).isPresent();
    }

    private static boolean permitted(PersonFacts facts, LocalDate day) {
        return facts.current(WorkPermitIssued.class).stream().map(fact -> fact.as(WorkPermitIssued.class))
                .anyMatch(permit -> !day.isBefore(permit.issuedOn()) && !day.isAfter(permit.expiresOn()));
    }
}
