package jo.gov.mol.dwr.registry.reference;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.IntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes new versions of the rules: a whole rule set, or the rule set in force on a date with one country's
 * bilateral rule replaced. Each gets the next version number; when another writer took that number first, the
 * write fails on the primary key and is made again on top of the other's version.
 */
@Component
class ReferenceDataChanges {
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceDataChanges.class);
    /** Concurrent writes of rule sets are rare (people, by hand): a few attempts are plenty. */
    private static final int ATTEMPTS = 5;

    private final RuleSetRepository ruleSets;
    private final ReferenceData referenceData;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReferenceDataChanges(RuleSetRepository ruleSets, ReferenceData referenceData,
                         PlatformTransactionManager transactions, Clock clock) {
        this.ruleSets = ruleSets;
        this.referenceData = referenceData;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** A new version of the whole rule set. */
    RuleSet publish(NewRuleSet ruleSet, String by) {
        return write(version -> RuleSetDocument.of(version, ruleSet, by, now()));
    }

    /**
     * A new version, effective from the change's date, with the rules in force on that date and the country's rule
     * replaced. A version already written with a later effective date still takes over on its own date.
     */
    RuleSet changeBilateral(SendingCountry country, BilateralChange change, String by) {
        return write(version -> {
            Rules inForce = referenceData.ruleSetOn(change.effectiveFrom()).rules();
            NewRuleSet changed = new NewRuleSet(change.effectiveFrom(), change.reason(),
                    inForce.withBilateral(country, change.rule()));
            return RuleSetDocument.of(version, changed, by, now());
        });
    }

    /** Writes the first version when none is kept yet; false when there was one, or another process wrote it. */
    boolean seed(NewRuleSet ruleSet, String by) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                if (ruleSets.count() > 0) {
                    return false;
                }
                ruleSets.saveAndFlush(RuleSetDocument.of(1, ruleSet, by, now()));
                return true;
            }));
        } catch (DataIntegrityViolationException anotherSeeded) {
            // both processes found the table empty; the primary key let only one of them write version 1
            LOG.info("the default rule set was written by another registry process");
            return false;
        }
    }

    /** To the microsecond, as every database here keeps it, so that the version answered is the version read later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private RuleSet write(IntFunction<RuleSetDocument> document) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> {
                    int next = ruleSets.latestVersion().orElse(0) + 1;
                    return ruleSets.saveAndFlush(document.apply(next)).ruleSet();
                });
            } catch (DataIntegrityViolationException versionTaken) {
                if (attempt == ATTEMPTS) {
                    throw versionTaken;
                }
                LOG.info("rule set version taken by another writer, writing again (attempt {})", attempt + 1);
            }
        }
    }
}
