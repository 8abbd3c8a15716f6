package jo.gov.mol.dwr.registry.flag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.WorkerTransferred;
import jo.gov.mol.dwr.registry.reference.Occurrences;

/**
 * FREQUENT_TRANSFERS: a worker transferred between employers the set number of times or more within the set months
 * from a first transfer (both ends included, as policy.md's "within"). One flag per window, named by its first
 * transfer; a further transfer within the window adds evidence; the next window starts at the first transfer after it.
 */
@Component
class FrequentTransfers implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.FREQUENT_TRANSFERS;
    }

    @Override
    public List<Finding> findings(PersonFacts facts, FlagContext context) {
        List<Fact> transfers = facts.current(WorkerTransferred.class).stream()
                .sorted(Comparator.comparing(fact -> fact.as(WorkerTransferred.class).effectiveOn())).toList();
        List<Finding> found = new ArrayList<>();
        int first = 0;
        while (first < transfers.size()) {
            Fact start = transfers.get(first);
            LocalDate from = start.as(WorkerTransferred.class).effectiveOn();
            Occurrences often = context.rulesOn(from).flags().frequentTransfers();
            LocalDate until = from.plusMonths(often.withinMonths());
            int end = first;
            while (end + 1 < transfers.size()
                    && !transfers.get(end + 1).as(WorkerTransferred.class).effectiveOn().isAfter(until)) {
                end++;
            }
            List<Fact> window = transfers.subList(first, end + 1);
            if (window.size() >= often.atLeast()) {
                found.add(Finding.of(code(), "transfers-from:" + start.as(WorkerTransferred.class).transferId().value(),
                        window.get(often.atLeast() - 1).businessTime(), window));
                first = end + 1;
            } else {
                first++;
            }
        }
        return found;
    }
}
