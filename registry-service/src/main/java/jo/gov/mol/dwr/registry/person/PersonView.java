package jo.gov.mol.dwr.registry.person;

import java.time.Instant;
import java.util.Set;

/**
 * A person as read now.
 *
 * @param id          the surviving person (the one asked for, unless it was merged)
 * @param asked       the id asked for
 * @param mergedInto  the survivor when the person asked for was merged (interfaces.md 6: {@code mergedInto}), else null
 * @param members     the survivor and every person merged into it
 * @param provisional an open review item asks whether this person is one of its candidates
 */
public record PersonView(long id, long asked, Long mergedInto, Instant createdAt, Set<Long> members,
                         boolean provisional) {
}
