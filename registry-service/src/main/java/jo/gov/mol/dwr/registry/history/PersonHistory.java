package jo.gov.mol.dwr.registry.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.registry.person.PersonRecordView;
import jo.gov.mol.dwr.registry.person.PersonView;
import jo.gov.mol.dwr.registry.person.Persons;
import jo.gov.mol.dwr.registry.person.RecordKind;
import jo.gov.mol.dwr.registry.source.SourceEvent;
import jo.gov.mol.dwr.registry.source.SourceMessages;
import jo.gov.mol.dwr.registry.worker.Workers;

/**
 * Every applied source message about a person, read through merges: the records linked to the person (requests,
 * crossings, embassy records), the facts that name one of their passports only (permits, complaints, absconding
 * reports, transfers) unless linkage put that record on someone else, and MoI's decisions on their requests.
 */
@Component
public class PersonHistory {
    /** Oldest first by business time; facts of the same time in the order they arrived. */
    public static final Comparator<SourceEvent> CHRONOLOGICAL = Comparator.comparing(SourceEvent::businessTime)
            .thenComparing(SourceEvent::receivedAt)
            .thenComparing(SourceEvent::messageId);

    private final Persons persons;
    private final Workers workers;
    private final SourceMessages messages;

    PersonHistory(Persons persons, Workers workers, SourceMessages messages) {
        this.persons = persons;
        this.workers = workers;
        this.messages = messages;
    }

    /** The person's source messages, oldest first ({@link #CHRONOLOGICAL}). */
    @Transactional(readOnly = true)
    public List<SourceEvent> of(PersonView person) {
        List<PersonRecordView> linked = persons.recordsOf(person.id());
        Set<String> subjects = new HashSet<>();
        workers.heldBy(person.members()).forEach(holding -> subjects.add(holding.passport().key()));
        linked.stream().filter(record -> record.kind() == RecordKind.RECRUITMENT_REQUEST)
                .forEach(request -> subjects.add("request:" + request.reference()));
        List<SourceEvent> about = messages.about(subjects);
        Map<UUID, Long> linkedTo = persons.personsOfEvents(about.stream().map(SourceEvent::eventId).toList());
        Map<UUID, SourceEvent> events = new LinkedHashMap<>();
        Stream.concat(messages.withEventIds(linked.stream().map(PersonRecordView::eventId).toList()).stream(),
                        about.stream().filter(event -> linkedTo.getOrDefault(event.eventId(), person.id()) == person.id()))
                .forEach(event -> events.putIfAbsent(event.eventId(), event));
        List<SourceEvent> chronological = new ArrayList<>(events.values());
        chronological.sort(CHRONOLOGICAL);
        return chronological;
    }
}
