package jo.gov.mol.dwr.registry.person;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds a row that events of different message groups share (the employer many requests name, the approval that a
 * request and its decision reach at the same moment), or creates it when there is none yet. Two events creating
 * it at once would meet its unique key: the database logs that as an error and the loser fails until a
 * redelivery (on H2 only after waiting for a lock timeout). So a creator first locks a row named after what it
 * creates, in the linkage lock table ({@link LinkageLocks}), until its transaction ends; whoever comes second
 * waits there and then finds the row the first one created. Finding the row, the common case, locks nothing.
 */
@Component
public class FirstCreation {
    private final LinkageLocks locks;

    FirstCreation(LinkageLocks locks) {
        this.locks = locks;
    }

    /**
     * @param key    what is created, as {@code kind:business key} (the form no blocking key takes)
     * @param find   reads the row, each time from the database
     * @param create creates it (in this transaction)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T findOrCreate(String key, Supplier<Optional<T>> find, Supplier<T> create) {
        Optional<T> found = find.get();
        if (found.isPresent()) {
            return found.get();
        }
        locks.lock(Set.of(key));
        return find.get().orElseGet(create);
    }
}
