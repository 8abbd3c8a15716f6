package jo.gov.mol.dwr.registry.flag;

import java.util.List;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.WelfareCaseRecorded;
import jo.gov.mol.dwr.mappings.canonical.WelfareCategory;

/** WORKER_DECEASED: an embassy reports the worker DECEASED; every death is reviewed. One flag per person. */
@Component
class WorkerDeceased implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.WORKER_DECEASED;
    }

    @Override
    public List<Finding> findings(PersonFacts facts, FlagContext context) {
        List<Fact> deaths = facts.current(WelfareCaseRecorded.class).stream()
                .filter(fact -> fact.as(WelfareCaseRecorded.class).category() == WelfareCategory.DECEASED).toList();
        return deaths.isEmpty() ? List.of()
                : List.of(Finding.of(code(), "person:" + facts.personId(), deaths.get(0).businessTime(), deaths));
    }
}
