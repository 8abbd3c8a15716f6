package jo.gov.mol.dwr.registry.person;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** The pairs of persons people decided are different, read through merges (see {@link CannotLink}). */
@Component
class CannotLinks {
    private final CannotLinkRepository cannotLinks;
    private final Survivors survivors;

    CannotLinks(CannotLinkRepository cannotLinks, Survivors survivors) {
        this.cannotLinks = cannotLinks;
        this.survivors = survivors;
    }

    /** The survivors that may never be the same person as {@code person}. */
    Set<Long> apartFrom(long person) {
        Set<Long> members = survivors.membersOf(survivors.of(person));
        return cannotLinks.inForceFor(members).stream()
                .map(pair -> members.contains(pair.personId()) ? pair.otherPersonId() : pair.personId())
                .map(survivors::of)
                .collect(Collectors.toSet());
    }

    boolean between(long person, long other) {
        return apartFrom(person).contains(survivors.of(other));
    }

    void record(long person, long other, String by, Instant at) {
        cannotLinks.save(CannotLink.between(person, other, by, at));
    }

    /** Withdraws what was recorded between exactly these two persons (as a split recorded it). */
    void withdraw(long person, long other, String by, Instant at) {
        cannotLinks.inForceFor(Set.of(person)).stream()
                .filter(pair -> pair.personId() == person && pair.otherPersonId() == other
                        || pair.personId() == other && pair.otherPersonId() == person)
                .forEach(pair -> pair.withdraw(by, at));
    }
}
