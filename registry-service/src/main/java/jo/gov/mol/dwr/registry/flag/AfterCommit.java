package jo.gov.mol.dwr.registry.flag;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an evaluation once the current transaction has committed, in a transaction of its own. For what one event's
 * facts do to another subject's flags (a complaint to everyone recruited by the employer, a request to its office's
 * quota): two such events committing side by side each see only their own change inside their transaction, and
 * the condition they make together would be missed; after both commits the later evaluation sees both. Two
 * evaluations racing to raise one flag meet its unique key: the loser tries once more; a failure beyond that waits
 * for the next sweep, logged, since the event itself is already applied.
 */
@Component
class AfterCommit {
    private static final Logger LOG = LoggerFactory.getLogger(AfterCommit.class);

    private final TransactionTemplate own;

    AfterCommit(PlatformTransactionManager transactions) {
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void run(String what, Runnable evaluation) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            attempt(what, evaluation);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                attempt(what, evaluation);
            }
        });
    }

    private void attempt(String what, Runnable evaluation) {
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                own.executeWithoutResult(status -> evaluation.run());
                return;
            } catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
                LOG.info("flag evaluation raced another, attempt={} evaluation={}", attempt, what);
            } catch (RuntimeException failed) {
                LOG.error("flag evaluation failed; the next sweep tries again evaluation={}", what, failed);
                return;
            }
        }
        LOG.warn("flag evaluation left to the next sweep evaluation={}", what);
    }
}
