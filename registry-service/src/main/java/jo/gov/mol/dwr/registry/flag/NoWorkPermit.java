package jo.gov.mol.dwr.registry.flag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.WorkPermitIssued;

/**
 * NO_WORK_PERMIT: no work permit issued within the set days after an entry on an approval (entry date + 30
 * included), raised at 00:00 Amman on the day after, once the clock has passed it. A permit that arrives late but
 * was issued in time resolves it.
 */
@Component
class NoWorkPermit implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.NO_WORK_PERMIT;
    }

    @Override
    public List<Finding> findings(PersonFacts facts, FlagContext context) {
        List<Finding> found = new ArrayList<>();
        for (Entries.OnApproval entry : Entries.onKnownApprovals(facts, context)) {
            LocalDate entered = entry.entry().date();
            int days = context.rulesOn(entered).flags().noPermitDays();
            Instant deadline = AmmanCalendar.afterDays(entered, days);
            boolean permitted = facts.current(WorkPermitIssued.class).stream()
                    .anyMatch(fact -> AmmanCalendar.within(fact.as(WorkPermitIssued.class).issuedOn(), entered, days));
            if (!permitted && !context.now().isBefore(deadline)) {
                found.add(Entries.finding(code(), entry.entry(), facts, context, List.of(entry.entry()))
                        .raisedAt(deadline));
            }
        }
        return found;
    }
}
