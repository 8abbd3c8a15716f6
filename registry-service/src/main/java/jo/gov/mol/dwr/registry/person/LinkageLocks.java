package jo.gov.mol.dwr.registry.person;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serialises the linking of records that could be one person (decisions.md: two events of one person may arrive at
 * once, on two message groups, when a passport was renewed). Two records are ever compared only when they share a
 * blocking key, so a linker locks the row of every key of its record until its transaction ends: whoever comes
 * second waits, and then finds the first one's record among its candidates instead of creating a second person.
 * <p>
 * The rows are created on first use, each committed on its own ({@link LinkageLockRows}). They are locked in key
 * order in one statement, so that two linkers wanting overlapping keys queue rather than deadlock.
 */
@Component
class LinkageLocks {
    private final LinkageLockRepository locks;
    private final LinkageLockRows rows;

    LinkageLocks(LinkageLockRepository locks, LinkageLockRows rows) {
        this.locks = locks;
        this.rows = rows;
    }

    /**
     * @throws CannotAcquireLockException (transient: the intake leaves it to redelivery) when a row another linker
     *                                    is creating could not be seen yet
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void lock(Set<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        SortedSet<String> missing = new TreeSet<>(keys);
        missing.removeAll(locks.existing(keys));
        if (!missing.isEmpty()) {
            create(missing);
        }
        List<LinkageLock> locked = locks.lock(keys);
        if (locked.size() < keys.size()) {
            throw new CannotAcquireLockException("linkage locks not all visible yet: " + locked.size() + " of "
                    + keys.size() + " (another linker is creating them)");
        }
    }

    private void create(SortedSet<String> missing) {
        try {
            rows.create(missing);
        } catch (DataIntegrityViolationException raced) {
            // another linker created some of these rows meanwhile; each row only has to exist, so create the rest
            for (String key : missing) {
                createIfStillMissing(key);
            }
        }
    }

    private void createIfStillMissing(String key) {
        try {
            rows.create(Set.of(key));
        } catch (DataIntegrityViolationException createdMeanwhile) {
            // exists now, which is all a lock row has to do
        }
    }
}
