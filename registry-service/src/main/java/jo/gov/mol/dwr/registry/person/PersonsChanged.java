package jo.gov.mol.dwr.registry.person;

import java.util.Set;

/**
 * Persons were merged, separated or split, or a pair left review: whatever was evaluated per person (flags,
 * policy.md) must be evaluated again for these ids (each as given and as its survivor now). Published inside the
 * transaction that made the change; a listener that must see it committed uses {@code @TransactionalEventListener}.
 */
public record PersonsChanged(Set<Long> personIds) {

    public PersonsChanged {
        personIds = Set.copyOf(personIds);
    }
}
