package jo.gov.mol.dwr.registry.flag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * UNDERAGE_WORKER: the person is under the adult age on the date of any event about them, by the youngest birth
 * date any linked source states (a worker made older on paper is the case this rule exists for).
 */
@Component
class UnderageWorker implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.UNDERAGE_WORKER;
    }

    @Override
    public List<Finding> findings(PersonFacts facts, FlagContext context) {
        Map<Fact, LocalDate> stated = facts.birthDates();
        if (stated.isEmpty()) {
            return List.of();
        }
        Map.Entry<Fact, LocalDate> youngest = stated.entrySet().stream()
                .max(Map.Entry.comparingByValue(Comparator.naturalOrder())).orElseThrow();
        List<Fact> underage = facts.all().stream()
                .filter(fact -> AmmanCalendar.ageOn(youngest.getValue(), fact.date())
                        < context.rulesOn(fact.date()).flags().adultAge())
                .toList();
        if (underage.isEmpty()) {
            return List.of();
        }
        List<Fact> evidence = new ArrayList<>(underage);
        if (!evidence.contains(youngest.getKey())) {
            evidence.add(youngest.getKey());
        }
        return List.of(Finding.of(code(), "person:" + facts.personId(), underage.get(0).businessTime(), evidence));
    }
}
