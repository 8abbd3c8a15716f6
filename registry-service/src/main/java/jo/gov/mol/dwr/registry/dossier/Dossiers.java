package jo.gov.mol.dwr.registry.dossier;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.registry.api.ListPage;
import jo.gov.mol.dwr.registry.history.PersonHistory;
import jo.gov.mol.dwr.registry.person.PersonRecordView;
import jo.gov.mol.dwr.registry.person.PersonView;
import jo.gov.mol.dwr.registry.person.Persons;
import jo.gov.mol.dwr.registry.worker.IdentitySource;
import jo.gov.mol.dwr.registry.worker.PassportHolding;
import jo.gov.mol.dwr.registry.worker.Workers;

/**
 * Assembles workers' dossiers from persons, their passports and their history, always read through merges.
 */
@Component
public class Dossiers {
    private final Persons persons;
    private final Workers workers;
    private final PersonHistory history;

    Dossiers(Persons persons, Workers workers, PersonHistory history) {
        this.persons = persons;
        this.workers = workers;
        this.history = history;
    }

    /** Every worker, or those holding a passport number (of a nationality), oldest person first. */
    @Transactional(readOnly = true)
    public ListPage<WorkerView> find(Optional<String> passportNo, Optional<String> nationality, PageRequest page) {
        if (passportNo.isEmpty() && nationality.isEmpty()) {
            return ListPage.of(persons.survivors(page).map(person -> summary(person).orElseThrow()));
        }
        List<Long> holders = List.copyOf(persons.holding(passportNo, nationality));
        ListPage<Long> found = ListPage.of(holders, page);
        return new ListPage<>(found.content().stream().map(person -> summary(person).orElseThrow()).toList(),
                found.page(), found.size(), found.totalElements());
    }

    /** One worker with the records linked to them and the merges and splits that touched them. */
    @Transactional(readOnly = true)
    public Optional<WorkerView> worker(long personId) {
        return persons.find(personId).map(person -> {
            List<PersonRecordView> records = persons.recordsOf(person.id());
            return view(person, records).withRecords(records, persons.history(person.id()));
        });
    }

    /** Every event of a worker from every system, oldest first ({@link PersonHistory}). */
    @Transactional(readOnly = true)
    public Optional<WorkerTimeline> timeline(long personId) {
        return persons.find(personId).map(person -> new WorkerTimeline(view(person),
                history.of(person).stream().map(TimelineEvent::of).toList()));
    }

    /** One worker without their records and history, as lists and flags name them. */
    @Transactional(readOnly = true)
    public Optional<WorkerView> summary(long personId) {
        return persons.find(personId).map(this::view);
    }

    /** The same, for a person already read. */
    @Transactional(readOnly = true)
    public WorkerView summary(PersonView person) {
        return view(person);
    }

    private WorkerView view(PersonView person) {
        return view(person, persons.recordsOf(person.id()));
    }

    private WorkerView view(PersonView person, List<PersonRecordView> records) {
        // worker ids come from pooled sequences, so the order passports were seen in is the records' arrival
        Map<Long, Instant> firstSeen = new HashMap<>();
        Map<Long, Instant> lastSeen = new HashMap<>();
        for (PersonRecordView record : records) {
            firstSeen.merge(record.workerId(), record.receivedAt(), (one, other) -> one.isBefore(other) ? one : other);
            lastSeen.merge(record.workerId(), record.receivedAt(), (one, other) -> one.isAfter(other) ? one : other);
        }
        Comparator<PassportHolding> bySeen = Comparator
                .comparing((PassportHolding holding) -> lastSeen.getOrDefault(holding.workerId(), Instant.MIN))
                .thenComparingLong(PassportHolding::workerId);
        List<PassportHolding> held = holdings(person).stream()
                .sorted(Comparator.comparing((PassportHolding holding) ->
                        firstSeen.getOrDefault(holding.workerId(), Instant.MIN)).thenComparingLong(PassportHolding::workerId))
                .toList();
        Optional<PassportHolding> latest = held.stream().max(bySeen);
        // a recruitment request describes its worker best (both scripts, typed by MoL); the zone truncates names
        Optional<PassportHolding> described = held.stream()
                .filter(holding -> holding.describedIn() == IdentitySource.RECRUITMENT_REQUEST)
                .max(bySeen)
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
