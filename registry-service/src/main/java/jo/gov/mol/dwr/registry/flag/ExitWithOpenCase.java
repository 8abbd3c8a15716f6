package jo.gov.mol.dwr.registry.flag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.ComplaintRecorded;
import jo.gov.mol.dwr.mappings.canonical.ComplaintStatus;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.WelfareCaseRecorded;
import jo.gov.mol.dwr.registry.reference.FlagThresholds;

/**
 * EXIT_WITH_OPEN_CASE: the worker exits while a complaint about them is open (its latest version sent by then says
 * OPEN) or an embassy welfare case of an open-counting category is within its open days; one flag per exit.
 */
@Component
class ExitWithOpenCase implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.EXIT_WITH_OPEN_CASE;
    }

    @Override
    public List<Finding> findings(PersonFacts facts, FlagContext context) {
        List<Finding> found = new ArrayList<>();
        for (Fact exit : facts.crossings(Direction.EXIT)) {
            FlagThresholds terms = context.rulesOn(exit.date()).flags();
            List<Fact> open = new ArrayList<>();
            for (Fact complaint : facts.current(ComplaintRecorded.class)) {
                openComplaintVersion(facts, complaint, exit.businessTime(), exit.date()).ifPresent(open::add);
            }
            facts.current(WelfareCaseRecorded.class).stream()
                    .filter(fact -> terms.openWelfareCategories().contains(fact.as(WelfareCaseRecorded.class).category()))
                    .filter(fact -> AmmanCalendar.within(exit.date(), fact.as(WelfareCaseRecorded.class).time().date(),
                            terms.welfareCaseOpenDays()))
                    .forEach(open::add);
            if (!open.isEmpty()) {
                List<Fact> evidence = new ArrayList<>(List.of(exit));
                evidence.addAll(open);
                found.add(Finding.of(code(), "exit:" + exit.eventId(), exit.businessTime(), evidence));
            }
        }
        return found;
    }

    /** The complaint's latest version sent by {@code moment}, if it says OPEN and the complaint was filed by then. */
    private static Optional<Fact> openComplaintVersion(PersonFacts facts, Fact complaint, Instant moment, LocalDate day) {
        return facts.versionsOf(complaint).stream()
                .filter(version -> !version.sentAt().isAfter(moment))
                .reduce((earlier, later) -> later)
                .filter(version -> version.as(ComplaintRecorded.class).status() == ComplaintStatus.OPEN)
                .filter(version -> !version.as(ComplaintRecorded.class).filedOn().isAfter(day));
    }
}
