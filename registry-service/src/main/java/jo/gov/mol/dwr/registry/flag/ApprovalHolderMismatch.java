package jo.gov.mol.dwr.registry.flag;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * APPROVAL_HOLDER_MISMATCH: the person entering on an approval is not the person it was granted for (a different
 * person, or a pair still in linkage review: until a review joins them they are two). The flag's worker is the
 * person entering; the holder's request is in its evidence. A review that joins them resolves it.
 */
@Component
class ApprovalHolderMismatch implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.APPROVAL_HOLDER_MISMATCH;
    }

    @Override
    public List<Finding> findings(PersonFacts facts, FlagContext context) {
        return Entries.onKnownApprovals(facts, context).stream()
                .flatMap(entry -> context.holderOf(entry.approval().grant().requestId())
                        .filter(holder -> holder.personId() != facts.personId())
                        .map(holder -> Entries.finding(code(), entry.entry(), facts, context, List.of(entry.entry()))
                                .withOffice(holder.office())
                                .withEvidence(holder.request()))
                        .stream())
                .toList();
    }
}
