package jo.gov.mol.dwr.registry.person;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
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
