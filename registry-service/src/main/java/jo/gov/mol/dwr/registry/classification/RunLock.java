package jo.gov.mol.dwr.registry.classification;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/**
 * Lets one classification run go at a time across every registry process: a run locks the one row of
 * {@code classification_lock} ({@code SELECT … FOR UPDATE}) until its transaction ends, so that a second run (the
 * schedule firing in two instances, an administrator's run meanwhile) waits, and then finds every result already
 * recorded.
 */
@Component
class RunLock {
    private static final String RUN = "classification-run";

    private final EntityManager entityManager;

    RunLock(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void lock() {
        entityManager.createNativeQuery("select lock_name from classification_lock where lock_name = :name for update")
                .setParameter("name", RUN)
                .getSingleResult();
    }
}
