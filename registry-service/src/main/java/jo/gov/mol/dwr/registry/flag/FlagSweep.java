package jo.gov.mol.dwr.registry.flag;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.registry.office.Offices;
import jo.gov.mol.dwr.registry.person.Persons;

/**
 * Evaluates every person and office again, so that the rules about time passing fire as the (injected) clock passes
 * their deadlines, and what an event's own evaluation did not reach is caught up. Runs every
 * {@code registry.flags.sweep-interval} (default an hour) and on demand ({@code POST /api/admin/sweep}). The row of
 * {@code flag_sweep_lock} is held for update while it runs, so instances never sweep at once; each person is
 * evaluated in a transaction of its own.
 */
@Component
class FlagSweep {
    private static final Logger LOG = LoggerFactory.getLogger(FlagSweep.class);
    private static final int PAGE = 500;

    private final FlagEvaluation evaluation;
    private final Persons persons;
    private final Offices offices;
    private final FlagRepository flags;
    private final TransactionTemplate holdingTheLock;
    private final TransactionTemplate eachOnItsOwn;
    private final Clock clock;
    private final boolean scheduled;

    FlagSweep(FlagEvaluation evaluation, Persons persons, Offices offices, FlagRepository flags,
              PlatformTransactionManager transactions, Clock clock,
              @Value("${registry.flags.sweep-enabled:true}") boolean scheduled) {
        this.evaluation = evaluation;
        this.persons = persons;
        this.offices = offices;
        this.flags = flags;
        this.holdingTheLock = new TransactionTemplate(transactions);
        this.eachOnItsOwn = new TransactionTemplate(transactions);
        this.eachOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.scheduled = scheduled;
    }

    @Scheduled(fixedDelayString = "${registry.flags.sweep-interval:PT1H}",
            initialDelayString = "${registry.flags.sweep-interval:PT1H}")
    void onSchedule() {
        if (scheduled) {
            sweep();
        }
    }

    SweepSummary sweep() {
        return holdingTheLock.execute(status -> {
            flags.lockSweep();
            Instant started = Instant.now();
            Instant asOf = clock.instant();
            FlagBook.Tally tally = new FlagBook.Tally();
            long personCount = 0;
            Page<Long> page = persons.survivors(PageRequest.of(0, PAGE, Sort.by("id")));
            while (true) {
                for (long person : page) {
                    tally.add(eachOnItsOwn.execute(own -> evaluation.person(person)));
                    personCount++;
                }
                LOG.info("flag sweep progress persons={} of={}", personCount, page.getTotalElements());
                if (!page.hasNext()) {
                    break;
                }
                page = persons.survivors(page.nextPageable());
            }
            int officeCount = 0;
            for (String office : offices.licenceNos()) {
                tally.add(eachOnItsOwn.execute(own -> evaluation.office(LicenceNo.of(office))));
                officeCount++;
            }
            SweepSummary summary = new SweepSummary(asOf, personCount, officeCount, tally.raised, tally.reopened,
                    tally.resolved, Duration.between(started, Instant.now()).toMillis());
            LOG.info("flag sweep done {}", summary);
            return summary;
        });
    }

    /** What a sweep did: as of which clock time, how many persons and offices, what changed, in how long. */
    record SweepSummary(Instant asOf, long persons, int offices, int raised, int reopened, int resolved,
                        long durationMs) {
    }
}
