package jo.gov.mol.dwr.registry.dossier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.registry.api.ListPage;
import jo.gov.mol.dwr.registry.person.PersonRecordView;
import jo.gov.mol.dwr.registry.person.PersonView;
import jo.gov.mol.dwr.registry.person.Persons;
import jo.gov.mol.dwr.registry.person.RecordKind;
import jo.gov.mol.dwr.registry.source.SourceEvent;
import jo.gov.mol.dwr.registry.source.SourceMessages;
import jo.gov.mol.dwr.registry.worker.IdentitySource;
import jo.gov.mol.dwr.registry.worker.PassportHolding;
import jo.gov.mol.dwr.registry.worker.Workers;

/**
 * Assembles workers' dossiers from persons, their passports and the source messages the registry applied, always
 * read through merges.
 */
@Component
public class Dossiers {
    /** Oldest first by business time; facts of the same time in the order they arrived. */
    static final Comparator<SourceEvent> CHRONOLOGICAL = Comparator.comparing(SourceEvent::businessTime)
            .thenComparing(SourceEvent::receivedAt)
            .thenComparing(SourceEvent::messageId);

    private final Persons persons;
    private final Workers workers;
    private final SourceMessages messages;

    Dossiers(Persons persons, Workers workers, SourceMessages messages) {
        this.persons = persons;
        this.workers = workers;
        this.messages = messages;
    }

    /** Every worker, or those holding a passport number (of a nationality), oldest person first. */
    @Transactional(readOnly = true)
    public ListPage<WorkerView> find(Optional<String> passportNo, Optional<String> nationality, PageRequest page) {
        if (passportNo.isEmpty() && nationality.isEmpty()) {
            return ListPage.of(persons.survivors(page).map(this::summary));
        }
        List<Long> holders = workers.personsHolding(passportNo, nationality).stream()
                .map(persons::survivorOf).distinct().sorted().toList();
        ListPage<Long> found = ListPage.of(holders, page);
        return new ListPage<>(found.content().stream().map(this::summary).toList(), found.page(), found.size(),
                found.totalElements());
    }

    /** One worker with the records linked to them and the merges and splits that touched them. */
    @Transactional(readOnly = true)
    public Optional<WorkerView> worker(long personId) {
        return persons.find(personId).map(person -> view(person)
                .withRecords(persons.recordsOf(person.id()), persons.history(person.id())));
    }

    /**
     * Every event of a worker from every system, oldest first: the records linked to the person (requests,
     * crossings, embassy records), the facts that name one of their passports only (permits, complaints, absconding
     * reports, transfers) unless linkage put that record on someone else, and the decisions on their requests.
     */
    @Transactional(readOnly = true)
    public Optional<WorkerTimeline> timeline(long personId) {
        return persons.find(personId).map(person -> {
            List<PersonRecordView> linked = persons.recordsOf(person.id());
            Set<String> subjects = new HashSet<>();
            holdings(person).forEach(holding -> subjects.add(holding.passport().key()));
            linked.stream().filter(record -> record.kind() == RecordKind.RECRUITMENT_REQUEST)
                    .forEach(request -> subjects.add("request:" + request.reference()));
            List<SourceEvent> about = messages.about(subjects);
            Map<UUID, Long> linkedElsewhere = persons.personsOfEvents(about.stream().map(SourceEvent::eventId).toList());
            Map<UUID, SourceEvent> events = new LinkedHashMap<>();
            Stream.concat(messages.withEventIds(linked.stream().map(PersonRecordView::eventId).toList()).stream(),
                            about.stream().filter(event -> linkedElsewhere.getOrDefault(event.eventId(), person.id())
                                    == person.id()))
                    .forEach(event -> events.putIfAbsent(event.eventId(), event));
            List<SourceEvent> chronological = new ArrayList<>(events.values());
            chronological.sort(CHRONOLOGICAL);
            return new WorkerTimeline(view(person), chronological.stream().map(TimelineEvent::of).toList());
        });
    }

    private WorkerView summary(long personId) {
        return view(persons.find(personId).orElseThrow());
    }

    private WorkerView view(PersonView person) {
        List<PassportHolding> held = holdings(person);
        Optional<PassportHolding> latest = held.stream().max(Comparator.comparingLong(PassportHolding::workerId));
        // a recruitment request describes its worker best (both scripts, typed by MoL); the zone truncates names
        Optional<PassportHolding> described = held.stream()
                .filter(holding -> holding.describedIn() == IdentitySource.RECRUITMENT_REQUEST)
                .max(Comparator.comparingLong(PassportHolding::workerId))
                .or(() -> latest);
        return new WorkerView(person.id(), person.mergedInto(),
                latest.map(holding -> holding.passport().number()).orElse(null),
                latest.map(holding -> holding.passport().issuingState()).orElse(null),
                described.map(PassportHolding::nationality).orElse(null),
                described.map(PassportHolding::nameLatin).orElse(null),
                described.map(PassportHolding::nameArabic).orElse(null),
                described.map(PassportHolding::birthDate).orElse(null),
                described.map(PassportHolding::sex).orElse(null),
                person.provisional(), held.stream().map(PassportView::of).toList(), null, null);
    }

    private List<PassportHolding> holdings(PersonView person) {
        return workers.heldBy(person.members());
    }
}
