package jo.gov.mol.dwr.registry.person;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Reads persons through merges: a merged person stands for its survivor, found by following {@code merged_into};
 * a survivor stands for every person merged into it, directly or through others.
 */
@Component
class Survivors {
    private final PersonRepository persons;

    Survivors(PersonRepository persons) {
        this.persons = persons;
    }

    long of(long personId) {
        Person person = find(personId);
        Set<Long> seen = new LinkedHashSet<>();
        while (person.mergedInto() != null && seen.add(person.id())) {
            person = find(person.mergedInto());
        }
        return person.id();
    }

    /**
     * The survivor of each person, in one query for all those that survive themselves (nearly all): the linkage
     * candidates of a record are up to {@link LinkCandidates#MOST}, and a query each was a fifth of linking's time.
     */
    Map<Long, Long> of(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        Set<Long> surviving = new HashSet<>(persons.survivingAmong(personIds));
        Map<Long, Long> survivors = new HashMap<>();
        personIds.forEach(person -> survivors.put(person, surviving.contains(person) ? person : of(person)));
        return survivors;
    }

    /** The survivor and every person merged into it. */
    Set<Long> membersOf(long survivor) {
        Set<Long> members = new LinkedHashSet<>();
        Deque<Long> next = new ArrayDeque<>();
        next.add(survivor);
        while (!next.isEmpty()) {
            long person = next.pop();
            if (members.add(person)) {
                persons.findByMergedInto(person).forEach(merged -> next.add(merged.id()));
            }
        }
        return members;
    }

    Person find(long personId) {
        return persons.findById(personId).orElseThrow(
                () -> new PersonChangeRefused(PersonError.NOT_FOUND, "no person " + personId));
    }
}
