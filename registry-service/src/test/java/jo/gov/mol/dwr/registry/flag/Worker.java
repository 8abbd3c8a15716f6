package jo.gov.mol.dwr.registry.flag;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jo.gov.mol.dwr.mappings.canonical.AbscondingReported;
import jo.gov.mol.dwr.mappings.canonical.ApprovalDecided;
import jo.gov.mol.dwr.mappings.canonical.ApprovalNo;
import jo.gov.mol.dwr.mappings.canonical.AttestationStatus;
import jo.gov.mol.dwr.mappings.canonical.BorderCrossed;
import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.Complainant;
import jo.gov.mol.dwr.mappings.canonical.ComplaintCategory;
import jo.gov.mol.dwr.mappings.canonical.ComplaintRecorded;
import jo.gov.mol.dwr.mappings.canonical.ComplaintStatus;
import jo.gov.mol.dwr.mappings.canonical.ContractAttested;
import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.CrossingPoint;
import jo.gov.mol.dwr.mappings.canonical.Currency;
import jo.gov.mol.dwr.mappings.canonical.Decision;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.EmbassyRecordTime;
import jo.gov.mol.dwr.mappings.canonical.Employer;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.mappings.canonical.Money;
import jo.gov.mol.dwr.mappings.canonical.NationalId;
import jo.gov.mol.dwr.mappings.canonical.Occupation;
import jo.gov.mol.dwr.mappings.canonical.PassportNo;
import jo.gov.mol.dwr.mappings.canonical.PassportRef;
import jo.gov.mol.dwr.mappings.canonical.PermitNo;
import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;
import jo.gov.mol.dwr.mappings.canonical.Reference;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.mappings.canonical.Sex;
import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.mappings.canonical.TravellerIdentity;
import jo.gov.mol.dwr.mappings.canonical.WelfareCaseRecorded;
import jo.gov.mol.dwr.mappings.canonical.WelfareCategory;
import jo.gov.mol.dwr.mappings.canonical.WorkPermitIssued;
import jo.gov.mol.dwr.mappings.canonical.WorkerIdentity;
import jo.gov.mol.dwr.mappings.canonical.WorkerTransferred;
import jo.gov.mol.dwr.registry.source.SourceRef;

/**
 * One linked person's history as the rules read it, written fact by fact: each method records what one system sent
 * about the worker (with its own message id, sent at its business time unless told) and returns the {@link Fact}, so
 * that a test can name it in the evidence it expects. Defaults: a Filipina born 1990-06-15, recruited by
 * {@link #EMPLOYER} through {@link #OFFICE} for USD 400 a month.
 */
final class Worker {
    static final LicenceNo OFFICE = LicenceNo.of("RO-0101");
    static final LicenceNo OTHER_OFFICE = LicenceNo.of("RO-0202");
    static final NationalId EMPLOYER = NationalId.of("9811111111");
    static final NationalId OTHER_EMPLOYER = NationalId.of("9822222222");
    static final RequestId REQUEST = RequestId.of("MOL-REQ-2025-000001");
    static final ApprovalNo APPROVAL = ApprovalNo.of("MOI-APR-2025-000001");

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final long personId;
    private final PassportRef passport;
    private LocalDate birthDate = LocalDate.of(1990, 6, 15);
    private final List<Fact> facts = new ArrayList<>();

    private Worker(long personId, String nationality) {
        this.personId = personId;
        this.passport = new PassportRef(CountryCode.of(nationality),
                PassportNo.of("P" + String.format("%08d", SEQUENCE.incrementAndGet())));
    }

    static Worker from(String nationality) {
        return new Worker(SEQUENCE.incrementAndGet(), nationality);
    }

    static Worker filipina() {
        return from("PHL");
    }

    Worker bornOn(LocalDate born) {
        this.birthDate = born;
        return this;
    }

    long personId() {
        return personId;
    }

    PassportRef passport() {
        return passport;
    }

    CountryCode nationality() {
        return passport.issuingState();
    }

    PersonFacts facts() {
        return new PersonFacts(personId, facts);
    }

    // MoL

    Fact requested(Instant at) {
        return requested(REQUEST, usd("400"), at);
    }

    Fact requested(RequestId requestId, Money salary, Instant at) {
        return requested(request(requestId, OFFICE, EMPLOYER, salary, birthDate, at), at);
    }

    /** A version of a request sent at {@code sentAt} (a correction is a later one). */
    Fact requested(RecruitmentRequested request, Instant sentAt) {
        return fromMol(request, sentAt);
    }

    RecruitmentRequested request(RequestId requestId, LicenceNo office, NationalId employer, Money salary,
                                 LocalDate born, Instant at) {
        return new RecruitmentRequested(requestId, office, new Employer(employer, "KHALED AL-MASRI", "AMMAN"),
                new WorkerIdentity(passport, nationality(), "MARIA CLARA SANTOS", null, born, Sex.F),
                Occupation.HOUSEKEEPER, salary, 24, at);
    }

    Fact permitIssued(LocalDate issuedOn, LocalDate expiresOn) {
        PermitNo permitNo = PermitNo.of("WP-2025-" + String.format("%07d", SEQUENCE.incrementAndGet()));
        return fromMol(new WorkPermitIssued(permitNo, REQUEST, passport, EMPLOYER, issuedOn, expiresOn),
                Amman.morning(issuedOn));
    }

    Fact complained(Complainant filedBy, NationalId against, LocalDate filedOn) {
        return complained(reference("CMP"), filedBy, against, filedOn, ComplaintStatus.OPEN, Amman.morning(filedOn));
    }

    Fact complained(Reference complaintId, Complainant filedBy, NationalId against, LocalDate filedOn,
                    ComplaintStatus status, Instant sentAt) {
        return fromMol(new ComplaintRecorded(complaintId, filedOn, filedBy, passport, OFFICE, against,
                ComplaintCategory.UNPAID_WAGES, status), sentAt);
    }

    Fact reportedAbsconding(NationalId employer, LocalDate reportedOn) {
        return fromMol(new AbscondingReported(reference("ABS"), employer, passport, reportedOn.minusDays(1),
                reportedOn), Amman.morning(reportedOn));
    }

    Fact transferred(LocalDate effectiveOn) {
        return transferred(effectiveOn, null);
    }

    Fact transferred(LocalDate effectiveOn, LicenceNo office) {
        return fromMol(new WorkerTransferred(reference("TRF"), passport, EMPLOYER, OTHER_EMPLOYER, office,
                effectiveOn), Amman.morning(effectiveOn));
    }

    // MoI

    Fact approved(RequestId requestId, ApprovalNo approvalNo, LocalDate validUntil, Instant decidedAt) {
        return decided(new ApprovalDecided(reference("MOI-CASE"), requestId, Decision.APPROVED, approvalNo,
                validUntil, null, decidedAt));
    }

    Fact decided(ApprovalDecided decision) {
        return fact(SourceSystem.MOI, "MOI-" + SEQUENCE.incrementAndGet(), decision, decision.decidedAt());
    }

    // Border

    Fact entered(Instant at, ApprovalNo visaRef) {
        return crossed(Direction.ENTRY, at, visaRef, birthDate);
    }

    Fact exited(Instant at) {
        return crossed(Direction.EXIT, at, null, birthDate);
    }

    Fact crossed(Direction direction, Instant at, ApprovalNo visaRef, LocalDate born) {
        TravellerIdentity traveller = new TravellerIdentity(passport, nationality(), "DELA CRUZ", "MARIA CLARA",
                born, Sex.F, LocalDate.of(2031, 7, 14));
        BorderCrossed crossing = new BorderCrossed(UUID.randomUUID(), CrossingPoint.AMM, direction, at,
                "P<" + nationality().value() + "DELA<CRUZ<<MARIA<CLARA", "(zone as read)", traveller, visaRef);
        // the real-time message's id is the crossing's id; the hub keeps the receipt as its sent time
        return fact(SourceSystem.BORDER, crossing.eventId().toString(), crossing, at.plusSeconds(30));
    }

    /** The nightly file's row of a crossing already reported in real time: the same event id, read hours later. */
    Fact nightlyRowOf(Fact realTime) {
        Fact row = new Fact(realTime.eventId(), realTime.event(), realTime.source(), realTime.businessTime(),
                realTime.sentAt().plus(Duration.ofHours(6)), realTime.receivedAt().plus(Duration.ofHours(6)));
        facts.add(row);
        return row;
    }

    // Embassy

    Fact attested(LocalDate on, AttestationStatus status, Money salary, LicenceNo office) {
        return attested(reference("ATT"), on, status, salary, office);
    }

    Fact attested(Reference attestationRef, LocalDate on, AttestationStatus status, Money salary, LicenceNo office) {
        return fromEmbassy(new ContractAttested(nationality(), attestationRef, EmbassyRecordTime.on(on),
                embassyWorker(), office, EMPLOYER, salary, status, null), Amman.morning(on));
    }

    Fact welfareCase(WelfareCategory category, LocalDate on) {
        return welfareCase(category, on, null);
    }

    Fact welfareCase(WelfareCategory category, LocalDate on, NationalId employer) {
        return fromEmbassy(new WelfareCaseRecorded(nationality(), reference("WEL"), EmbassyRecordTime.on(on),
                embassyWorker(), null, employer, category, null), Amman.morning(on));
    }

    private WorkerIdentity embassyWorker() {
        return new WorkerIdentity(passport, nationality(), "DELA CRUZ MARIA CLARA", null, birthDate, Sex.F);
    }

    // Messages

    static Money usd(String amount) {
        return new Money(new BigDecimal(amount), Currency.USD);
    }

    static Money jod(String amount) {
        return new Money(new BigDecimal(amount), Currency.JOD);
    }

    static Reference reference(String prefix) {
        return Reference.of(prefix + "-" + SEQUENCE.incrementAndGet());
    }

    private Fact fromMol(CanonicalEvent event, Instant sentAt) {
        return fact(SourceSystem.MOL, "MOL-" + SEQUENCE.incrementAndGet(), event, sentAt);
    }

    private Fact fromEmbassy(CanonicalEvent event, Instant sentAt) {
        SourceSystem embassy = SourceSystem.valueOf("EMBASSY_" + nationality().value());
        return fact(embassy, embassy.name().toLowerCase(Locale.ROOT) + "-" + SEQUENCE.incrementAndGet(), event,
                sentAt);
    }

    private Fact fact(SourceSystem system, String messageId, CanonicalEvent event, Instant sentAt) {
        Fact fact = new Fact(InboundEvent.eventIdOf(system, messageId), event,
                new SourceRef(system, messageId, event.reference()), event.businessTime(), sentAt,
                sentAt.plusMillis(250));
        facts.add(fact);
        return fact;
    }
}
