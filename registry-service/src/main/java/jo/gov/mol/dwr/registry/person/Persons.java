package jo.gov.mol.dwr.registry.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.PassportNo;
import jo.gov.mol.dwr.registry.worker.Workers;

/**
 * Reads persons, always through merges: a merged person answers as its survivor. What the timeline, the query API
 * and the flags read.
 */
@Component
public class Persons {
    private final PersonRepository persons;
    private final LinkedRecordRepository records;
    private final PersonLinkRepository links;
    private final PersonEventRepository events;
    private final ReviewItemRepository reviews;
    private final Survivors survivors;
    private final Workers workers;

    Persons(PersonRepository persons, LinkedRecordRepository records, PersonLinkRepository links,
            PersonEventRepository events, ReviewItemRepository reviews, Survivors survivors, Workers workers) {
        this.persons = persons;
        this.records = records;
        this.links = links;
        this.events = events;
        this.reviews = reviews;
        this.survivors = survivors;
        this.workers = workers;
    }

    @Transactional(readOnly = true)
    public Optional<PersonView> find(long personId) {
        return persons.findById(personId).map(asked -> {
            Person survivor = survivors.find(survivors.of(personId));
            Set<Long> members = survivors.membersOf(survivor.id());
            boolean provisional = !reviews.findByPersonIdInAndStatus(members, ReviewStatus.OPEN).isEmpty();
            return new PersonView(survivor.id(), personId, asked.mergedInto() == null ? null : survivor.id(),
                    survivor.createdAt(), members, provisional);
        });
    }

    /** The persons that stand for themselves (merged ones are read through their survivor), oldest first. */
    @Transactional(readOnly = true)
    public Page<Long> survivors(Pageable page) {
        return persons.findByMergedIntoIsNull(page).map(Person::id);
    }

    /** The person standing for {@code personId} now. */
    @Transactional(readOnly = true)
    public long survivorOf(long personId) {
        return survivors.of(personId);
    }

    /** The person holding a passport identity now, if linkage gave it one. */
    @Transactional(readOnly = true)
    public Optional<Long> personOfWorker(long workerId) {
        return workers.personOf(workerId).map(survivors::of);
    }

    /** The person a source message's record is linked to now, if it carried a name and a birth date. */
    @Transactional(readOnly = true)
    public Optional<Long> personOfEvent(UUID eventId) {
        return records.findByEventId(eventId).map(record -> survivors.of(record.personId()));
    }

    /**
     * The persons the records of these source messages are linked to now; a message whose record carries no name
     * and birth date (a permit, a complaint…) is not linked, and is left out.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Long> personsOfEvents(Collection<UUID> eventIds) {
        return eventIds.isEmpty() ? Map.of() : records.findByEventIdIn(eventIds).stream()
                .collect(Collectors.toMap(LinkedRecord::eventId, record -> survivors.of(record.personId())));
    }

    /**
     * The persons (survivors) holding a passport number, however it is spelled (folded as interfaces.md says), of
     * this nationality or of any: the holder of the passport identity, and anyone else whose records name it (two
     * people on one passport, DUPLICATE_IDENTITY, are both found).
     *
     * @throws jo.gov.mol.dwr.mappings.validation.InvalidValueException for a number or nationality that cannot be one
     */
    @Transactional(readOnly = true)
    public Set<Long> holding(Optional<String> passportNo, Optional<String> nationality) {
        Set<Long> holders = new TreeSet<>();
        workers.personsHolding(passportNo, nationality).forEach(person -> holders.add(survivors.of(person)));
        if (passportNo.isPresent()) {
            String folded = PassportNo.of(passportNo.get()).folded();
            List<Long> naming = nationality.map(given -> records.personsNaming(folded, CountryCode.of(given).value()))
                    .orElseGet(() -> records.personsNaming(folded));
            naming.forEach(person -> holders.add(survivors.of(person)));
        }
        return holders;
    }

    /** The latest record of this kind and business reference (a request's latest version), as linked now. */
    @Transactional(readOnly = true)
    public Optional<PersonRecordView> latestRecord(RecordKind kind, String reference) {
        return views(records.findFirstByKindAndReferenceOrderByIdDesc(kind, reference).stream().toList()).stream()
                .findFirst();
    }

    /** Every record naming a passport (its key: issuing state and folded number), oldest first. */
    @Transactional(readOnly = true)
    public List<PersonRecordView> recordsNaming(String passportKey) {
        int colon = passportKey.indexOf(':');
        return views(records.findByIssuingStateAndPassportNoOrderByIdAsc(passportKey.substring(0, colon),
                passportKey.substring(colon + 1)));
    }

    /** Every record linked to the person or to anyone merged into it, in the order they were kept. */
    @Transactional(readOnly = true)
    public List<PersonRecordView> recordsOf(long personId) {
        return views(records.findByPersonIdInOrderByIdAsc(survivors.membersOf(survivors.of(personId))));
    }

    /** The records as shown, each with its current link, read in one query for them all. */
    private List<PersonRecordView> views(List<LinkedRecord> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> currentLink = links.findByRecordIdInAndEndedAtIsNull(
                        found.stream().map(LinkedRecord::id).toList()).stream()
                .collect(Collectors.toMap(PersonLink::recordId, PersonLink::id));
        return found.stream().map(record -> new PersonRecordView(record.id(), record.eventId(), record.kind(),
                record.reference(), record.workerId(), record.personId(),
                Objects.requireNonNull(currentLink.get(record.id()), "every record has a current link"),
                record.receivedAt())).toList();
    }

    /** A link explained as decided ({@code GET …/links/{id}}). */
    @Transactional(readOnly = true)
    public Optional<LinkExplanation> link(long linkId) {
        return links.findById(linkId).map(link -> link.explanation(survivors.of(link.personId())));
    }

    /** Every link a record had, the current one last. */
    @Transactional(readOnly = true)
    public List<LinkExplanation> linksOfRecord(long recordId) {
        return links.findByRecordIdOrderByIdAsc(recordId).stream()
                .map(link -> link.explanation(survivors.of(link.personId()))).toList();
    }

    /** What happened to the person and to everyone merged into it, oldest first. */
    @Transactional(readOnly = true)
    public List<PersonHistoryEntry> history(long personId) {
        Set<Long> members = survivors.membersOf(survivors.of(personId));
        return events.findByPersonIdInOrOtherPersonIdInOrderByIdAsc(members, members).stream()
                .map(PersonEvent::entry).toList();
    }
}
