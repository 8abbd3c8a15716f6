package jo.gov.mol.dwr.registry.flag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.WorkPermitIssued;

/**
 * OVERSTAY: a work permit has been expired the set days with no renewal (a later permit issued by then) and no exit
 * since it was issued; raised at 00:00 Amman the day after, once the clock has passed it. One flag per permit.
 */
@Component
class Overstay implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.OVERSTAY;
    }

    @Override
    public List<Finding> findings(PersonFacts facts, FlagContext context) {
        List<Fact> permits = facts.current(WorkPermitIssued.class);
        List<Finding> found = new ArrayList<>();
        for (Fact fact : permits) {
            WorkPermitIssued permit = fact.as(WorkPermitIssued.class);
            int days = context.rulesOn(permit.expiresOn()).flags().overstayDays();
            LocalDate lastDay = permit.expiresOn().plusDays(days);
            Instant deadline = AmmanCalendar.afterDays(permit.expiresOn(), days);
            boolean renewed = permits.stream().map(other -> other.as(WorkPermitIssued.class))
                    .anyMatch(other -> other.expiresOn().isAfter(permit.expiresOn()) && !other.issuedOn().isAfter(lastDay));
            boolean left = facts.crossings(Direction.EXIT).stream()
                    .anyMatch(exit -> !exit.date().isBefore(permit.issuedOn()) && !exit.date().isAfter(lastDay));
            if (!renewed && !left && !context.now().isBefore(deadline)) {
                found.add(Finding.of(code(), "permit:" + permit.permitNo().value(), deadline, List.of(fact))
                        .withEmployer(permit.employer().value()));
            }
        }
        return found;
    }
}
