package jo.gov.mol.dwr.registry.person;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates lock rows in a transaction of their own, committed at once: a row must exist, and be seen by every
 * other linker, before anyone can lock it, and creating it must not wait for the linking transaction to end.
 * <p>
 * Creators queue on one row of their own ({@value #CREATING}, from the changelog) before they look for the rows
 * missing: two linkers never insert one key at once, so none meets the primary key (which the database driver
 * logs as an error even when the loser goes on).
 */
@Component
class LinkageLockRows {
    /** The row creators lock first; no blocking key or creation key takes this form. */
    static final String CREATING = "#creating";

    private final LinkageLockRepository locks;

    LinkageLockRows(LinkageLockRepository locks) {
        this.locks = locks;
    }

    /**
     * @throws org.springframework.dao.DataIntegrityViolationException when a row was created by something that did
     *                                                                 not queue (a database without the creators' row)
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void create(Collection<String> keys) {
        locks.lock(List.of(CREATING));
        Collection<String> existing = locks.existing(keys);
        keys.stream().filter(key -> !existing.contains(key)).forEach(locks::insert);
    }
}
