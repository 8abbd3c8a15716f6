package jo.gov.mol.dwr.registry.classification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.OfficeClass;
import jo.gov.mol.dwr.registry.reference.ReferenceData;
import jo.gov.mol.dwr.registry.reference.RuleSet;

/**
 * Classifies every licensed office for the default period as the injected clock stands (policy.md): the rule set
 * in force on the period's last day judges it. An office whose result differs from its latest classification gets
 * a new proposal (superseding a proposal still waiting); one with the same result keeps what it has, and one whose
 * result is again the class in force loses the proposal still waiting.
 */
@Component
public class ClassificationRuns {
    private static final Logger log = LoggerFactory.getLogger(ClassificationRuns.class);

    private final RunLock lock;
    private final ReferenceData referenceData;
    private final OfficeTallies tallies;
    private final ClassificationRepository classifications;
    private final Clock clock;

    ClassificationRuns(RunLock lock, ReferenceData referenceData, OfficeTallies tallies,
                       ClassificationRepository classifications, Clock clock) {
        this.lock = lock;
        this.referenceData = referenceData;
        this.tallies = tallies;
        this.classifications = classifications;
        this.clock = clock;
    }

    /**
     * @param by who runs it: the administrator, or the schedule
     */
    @Transactional
    public RunSummary run(String by) {
        lock.lock();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, CanonicalEvent.AMMAN);
        RuleSet ruleSet = referenceData.ruleSetOn(Period.lastDayBefore(today));
        Period period = Period.monthsBefore(today, ruleSet.classification().periodMonths());
        List<OfficeTally> offices = tallies.count(period, ruleSet.classification());
        Scorecard scorecard = Scorecard.pooling(ruleSet.classification(), offices);

        Map<OfficeClass, Long> byClass = new EnumMap<>(OfficeClass.class);
        int proposed = 0;
        for (OfficeTally office : offices) {
            Verdict verdict = scorecard.classify(office);
            byClass.merge(verdict.officeClass(), 1L, Long::sum);
            if (record(office.licenceNo(), period, ruleSet.version(), verdict, by, now)) {
                proposed++;
            }
        }
        RunSummary summary = new RunSummary(period.toString(), ruleSet.version(), offices.size(), byClass, proposed,
                offices.size() - proposed);
        log.info("offices classified period={} ruleSetVersion={} offices={} newProposals={} unchanged={} by={}",
                summary.period(), summary.ruleSetVersion(), summary.offices(), summary.newProposals(),
                summary.unchanged(), by);
        return summary;
    }

    /** @return whether the office got a new proposal */
    private boolean record(String licenceNo, Period period, int version, Verdict verdict, String by, Instant now) {
        List<Classification> current = classifications.findByLicenceNoAndStatusInOrderByIdDesc(licenceNo,
                List.of(ClassificationStatus.PROPOSED, ClassificationStatus.AWAITING_APPROVAL,
                        ClassificationStatus.CONFIRMED, ClassificationStatus.OVERRIDDEN));
        Optional<Classification> same = current.stream()
                .filter(classification -> classification.sameResultAs(period, version, verdict)).findFirst();
        if (same.isPresent() && same.get() == current.get(0)) {
            return false;
        }
        current.stream().filter(waiting -> waiting.status().pending()).forEach(waiting -> waiting.supersede(by, now));
        if (same.isPresent()) {
            // the class in force says it already: the proposal that would have replaced it is moot
            return false;
        }
        classifications.save(Classification.proposed(licenceNo, period, version, verdict, by, now));
        return true;
    }
}
