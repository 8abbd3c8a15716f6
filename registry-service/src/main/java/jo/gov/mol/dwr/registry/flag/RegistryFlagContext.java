package jo.gov.mol.dwr.registry.flag;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.ApprovalNo;
import jo.gov.mol.dwr.mappings.canonical.ComplaintStatus;
import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.mappings.canonical.NationalId;
import jo.gov.mol.dwr.mappings.canonical.PassportRef;
import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.registry.approval.ApprovalOnRecord;
import jo.gov.mol.dwr.registry.approval.Approvals;
import jo.gov.mol.dwr.registry.complaint.ComplaintOnRecord;
import jo.gov.mol.dwr.registry.complaint.Complaints;
import jo.gov.mol.dwr.registry.office.LicenceOnDate;
import jo.gov.mol.dwr.registry.office.Offices;
import jo.gov.mol.dwr.registry.person.PersonRecordView;
import jo.gov.mol.dwr.registry.person.Persons;
import jo.gov.mol.dwr.registry.person.RecordKind;
import jo.gov.mol.dwr.registry.reference.ReferenceData;
import jo.gov.mol.dwr.registry.reference.RuleSet;
import jo.gov.mol.dwr.registry.source.SourceEvent;
import jo.gov.mol.dwr.registry.source.SourceMessages;
import jo.gov.mol.dwr.registry.source.SourceRef;
import jo.gov.mol.dwr.registry.worker.Workers;

/** The rules' view of the rest of the registry, read in the evaluating transaction. */
@Component
class RegistryFlagContext implements FlagContext {
    private final Clock clock;
    private final ReferenceData reference;
    private final Approvals approvals;
    private final Persons persons;
    private final Workers workers;
    private final Offices offices;
    private final Complaints complaints;
    private final SourceMessages messages;

    RegistryFlagContext(Clock clock, ReferenceData reference, Approvals approvals, Persons persons, Workers workers,
                        Offices offices, Complaints complaints, SourceMessages messages) {
        this.clock = clock;
        this.reference = reference;
        this.approvals = approvals;
        this.persons = persons;
        this.workers = workers;
        this.offices = offices;
        this.complaints = complaints;
        this.messages = messages;
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public RuleSet rulesOn(LocalDate date) {
        return reference.ruleSetOn(date);
    }

    @Override
    public Optional<ApprovalOnRecord> approval(ApprovalNo approvalNo) {
        return approvals.byApprovalNo(approvalNo);
    }

    @Override
    public Optional<RequestHolder> holderOf(RequestId requestId) {
        return persons.latestRecord(RecordKind.RECRUITMENT_REQUEST, requestId.value())
                .flatMap(record -> events(List.of(record.eventId())).stream().findFirst().map(request ->
                        new RequestHolder(persons.survivorOf(record.personId()),
                                ((RecruitmentRequested) Fact.of(request).event()).office().value(), request.ref())));
    }

    @Override
    public Optional<LicenceOnDate> licenceOn(LicenceNo office, LocalDate date) {
        return offices.licenceOn(office, date);
    }

    @Override
    public List<PassportUse> othersUsing(PassportRef passport, long personId) {
        List<PersonRecordView> naming = persons.recordsNaming(passport.key());
        Map<UUID, SourceEvent> sources = events(naming.stream().map(PersonRecordView::eventId).toList()).stream()
                .collect(Collectors.toMap(SourceEvent::eventId, Function.identity()));
        return naming.stream()
                .filter(record -> sources.containsKey(record.eventId()))
                .collect(Collectors.groupingBy(record -> persons.survivorOf(record.personId())))
                .entrySet().stream()
                .filter(byPerson -> byPerson.getKey() != personId)
                .map(byPerson -> byPerson.getValue().stream().map(record -> sources.get(record.eventId()))
                        .min(Comparator.comparing(SourceEvent::businessTime))
                        .map(first -> new PassportUse(byPerson.getKey(), first.businessTime(), first.ref()))
                        .orElseThrow())
                .toList();
    }

    @Override
    public List<AbuseComplaint> substantiatedAbuseAgainst(NationalId employer, LocalDate on) {
        List<ComplaintOnRecord> substantiated = complaints.against(employer, ComplaintStatus.SUBSTANTIATED,
                rulesOn(on).flags().abuseCategories());
        Map<UUID, SourceRef> sources = events(substantiated.stream().map(ComplaintOnRecord::eventId).toList()).stream()
                .collect(Collectors.toMap(SourceEvent::eventId, SourceEvent::ref));
        return substantiated.stream().map(complaint -> new AbuseComplaint(complaint.complaintId(), complaint.filedOn(),
                        workerOf(complaint.passportKey()), sources.get(complaint.eventId())))
                .toList();
    }

    @Override
    public Optional<SourceRef> source(UUID eventId) {
        return events(List.of(eventId)).stream().findFirst().map(SourceEvent::ref);
    }

    /** The person holding the passport, or the passport itself while nobody does: "different workers" either way. */
    private String workerOf(String passportKey) {
        return workers.holding(passportKey).flatMap(persons::personOfWorker)
                .map(person -> "person:" + person).orElse("passport:" + passportKey);
    }

    private List<SourceEvent> events(List<UUID> eventIds) {
        return messages.withEventIds(eventIds);
    }
}
