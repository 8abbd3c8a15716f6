package jo.gov.mol.dwr.registry.person;

import java.util.Collection;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates lock rows in a transaction of their own, committed at once: a row must exist, and be seen by every
 * other linker, before anyone can lock it, and creating it must not wait for the linking transaction to end.
 */
@Component
class LinkageLockRows {
    private final LinkageLockRepository locks;

    LinkageLockRows(LinkageLockRepository locks) {
        this.locks = locks;
    }

    /** @throws org.springframework.dao.DataIntegrityViolationException when another linker created one first */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void create(Collection<String> keys) {
        Collection<String> existing = locks.existing(keys);
        keys.stream().filter(key -> !existing.contains(key)).forEach(locks::insert);
    }
}
