package jo.gov.mol.dwr.registry.flag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.ApprovalDecided;
import jo.gov.mol.dwr.mappings.canonical.Decision;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;

/**
 * APPROVAL_UNUSED: an approval in force on one of the person's requests passes its ValidUntil (inclusive) with no
 * entry of the person between its decision and then; raised at 00:00 Amman the day after, once the clock has passed it.
 */
@Component
class ApprovalUnused implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.APPROVAL_UNUSED;
    }

    @Override
    public List<Finding> findings(PersonFacts facts, FlagContext context) {
        List<Finding> found = new ArrayList<>();
        for (Fact fact : facts.current(ApprovalDecided.class)) {
            ApprovalDecided decision = fact.as(ApprovalDecided.class);
            if (decision.decision() != Decision.APPROVED || decision.validUntil() == null) {
                continue;
            }
            LocalDate validUntil = decision.validUntil();
            Instant expired = AmmanCalendar.afterDays(validUntil, 0);
            // an entry from an earlier stay, before the approval was decided, is no use of it
            boolean entered = facts.crossings(Direction.ENTRY).stream()
                    .anyMatch(entry -> !entry.date().isBefore(fact.date()) && !entry.date().isAfter(validUntil));
            if (!entered && !context.now().isBefore(expired)) {
                Optional<String> office = facts.current(RecruitmentRequested.class).stream()
                        .map(request -> request.as(RecruitmentRequested.class))
                        .filter(request -> request.requestId().equals(decision.requestId()))
                        .map(request -> request.office().value()).findFirst();
                found.add(Finding.of(code(), "approval:" + decision.approvalNo().value(), expired, List.of(fact))
                        .withOffice(office.orElse(null)));
            }
        }
        return found;
    }
}
