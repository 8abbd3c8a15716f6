package jo.gov.mol.dwr.registry.person;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.registry.linkage.PersonLinkage;
import jo.gov.mol.dwr.registry.worker.Workers;

/**
 * Merges and splits of persons, each recorded in the persons' history (who, when, what, why), each reversible, and
 * each announced ({@link PersonsChanged}) so that what was evaluated per person is evaluated again.
 * <ul>
 * <li>A merge only points the absorbed person at the survivor: links keep their history, readers resolve.
 * Undoing it ({@link #separate}) clears the pointer, and reopens the review its confirmation answered.</li>
 * <li>A split ends a record's link and puts the record on a new person, recorded as never the same as the old one;
 * the record's passport goes with it when no other record of that passport stays behind. Undoing it withdraws that
 * and merges the new person back.</li>
 * </ul>
 */
@Component
public class PersonChanges {
    private final PersonRepository persons;
    private final LinkedRecordRepository records;
    private final PersonLinkRepository links;
    private final PersonEventRepository events;
    private final ReviewItemRepository reviews;
    private final Survivors survivors;
    private final CannotLinks cannotLinks;
    private final Workers workers;
    private final PersonLinkage linkage;
    private final ApplicationEventPublisher publisher;
    private final Clock clock = Clock.systemUTC();

    PersonChanges(PersonRepository persons, LinkedRecordRepository records, PersonLinkRepository links,
                  PersonEventRepository events, ReviewItemRepository reviews, Survivors survivors,
                  CannotLinks cannotLinks, Workers workers, PersonLinkage linkage, ApplicationEventPublisher publisher) {
        this.persons = persons;
        this.records = records;
        this.links = links;
        this.events = events;
        this.reviews = reviews;
        this.survivors = survivors;
        this.cannotLinks = cannotLinks;
        this.workers = workers;
        this.linkage = linkage;
        this.publisher = publisher;
    }

    /** Merges {@code absorbed} (a person merged into nobody) into {@code survivor} (or what it was merged into). */
    @Transactional
    public PersonHistoryEntry merge(long absorbed, long survivor, String by, String note) {
        return merge(absorbed, survivor, PersonChange.MERGED, null, by, note);
    }

    PersonHistoryEntry merge(long absorbed, long survivor, PersonChange change, Long reviewId, String by, String note) {
        Person person = survivors.find(absorbed);
        long target = survivors.of(survivor);
        if (target == absorbed) {
            throw new PersonChangeRefused(PersonError.SAME_PERSON, "person " + absorbed + " is person " + survivor);
        }
        if (cannotLinks.between(absorbed, target)) {
            throw new PersonChangeRefused(PersonError.CANNOT_LINK,
                    "persons " + absorbed + " and " + target + " were recorded as different people");
        }
        person.mergeInto(target);
        return changed(PersonEvent.of(absorbed, change, target, null, reviewId, by, note, now()), absorbed, target);
    }

    /** Undoes the merge of {@code merged}: it stands on its own again. */
    @Transactional
    public PersonHistoryEntry separate(long merged, String by, String note) {
        Person person = survivors.find(merged);
        Long formerSurvivor = person.mergedInto();
        person.separate();
        events.findByPersonIdInOrderByIdAsc(Set.of(merged)).stream()
                .filter(event -> event.change() == PersonChange.MERGED)
                .max(Comparator.comparing(PersonEvent::id))
                .map(PersonEvent::reviewId)
                .flatMap(reviews::findById)
                .ifPresent(ReviewItem::reopen);
        return changed(PersonEvent.of(merged, PersonChange.SEPARATED, formerSurvivor, null, null, by, note, now()),
                merged, formerSurvivor);
    }

    /**
     * Splits a record off the person it is linked to.
     *
     * @return the history entry, whose {@code otherPersonId} is the new person
     */
    @Transactional
    public PersonHistoryEntry split(long recordId, String by, String note) {
        LinkedRecord record = records.findById(recordId).orElseThrow(
                () -> new PersonChangeRefused(PersonError.NOT_FOUND, "no person record " + recordId));
        long from = survivors.of(record.personId());
        Set<Long> members = survivors.membersOf(from);
        if (records.countByPersonIdIn(members) <= 1) {
            throw new PersonChangeRefused(PersonError.ONLY_RECORD, "record " + recordId + " is person " + from + "'s only record");
        }
        Instant now = now();
        long split = persons.save(Person.createdAt(now)).id();
        links.findByRecordIdAndEndedAtIsNull(recordId).ifPresent(link -> link.end(now));
        links.save(PersonLink.split(recordId, split, linkage.thresholds(), linkage.weightsVersion(), by, now));
        record.linkTo(split);
        cannotLinks.record(split, from, by, now);
        boolean passportStaysBehind = records.findByWorkerId(record.workerId()).stream()
                .anyMatch(other -> !other.id().equals(record.id()) && members.contains(other.personId()));
        if (!passportStaysBehind) {
            workers.moveTo(record.workerId(), split);
        }
        return changed(PersonEvent.of(from, PersonChange.SPLIT, split, recordId, null, by, note, now), from, split);
    }

    /** Undoes the split {@code splitEventId} recorded: the person split off is merged back. */
    @Transactional
    public PersonHistoryEntry undoSplit(long splitEventId, String by, String note) {
        PersonEvent split = events.findById(splitEventId)
                .filter(event -> event.change() == PersonChange.SPLIT)
                .orElseThrow(() -> new PersonChangeRefused(PersonError.NOT_A_SPLIT, "event " + splitEventId + " is no split"));
        if (survivors.find(split.otherPersonId()).mergedInto() != null) {
            throw new PersonChangeRefused(PersonError.NOT_A_SPLIT, "the split " + splitEventId + " was undone already");
        }
        cannotLinks.withdraw(split.otherPersonId(), split.personId(), by, now());
        return merge(split.otherPersonId(), split.personId(), PersonChange.SPLIT_UNDONE, null, by, note);
    }

    /** Records that the person is none of {@code others} (a rejected review). */
    void recordApart(long person, Set<Long> others, long reviewId, String by, String note) {
        Instant now = now();
        for (long other : others) {
            cannotLinks.record(person, other, by, now);
            events.save(PersonEvent.of(person, PersonChange.CANNOT_LINK, other, null, reviewId, by, note, now));
        }
        publish(person, others.toArray(Long[]::new));
    }

    private PersonHistoryEntry changed(PersonEvent event, long person, Long other) {
        PersonEvent saved = events.save(event);
        publish(person, other);
        return saved.entry();
    }

    private void publish(long person, Long... others) {
        Set<Long> touched = new java.util.LinkedHashSet<>();
        touched.add(person);
        touched.add(survivors.of(person));
        for (Long other : others) {
            if (other != null) {
                touched.add(other);
                touched.add(survivors.of(other));
            }
        }
        publisher.publishEvent(new PersonsChanged(touched));
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
