package jo.gov.mol.dwr.registry.flag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jo.gov.mol.dwr.mappings.canonical.ApprovalNo;
import jo.gov.mol.dwr.mappings.canonical.Decision;
import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.mappings.canonical.LicenceStatus;
import jo.gov.mol.dwr.mappings.canonical.NationalId;
import jo.gov.mol.dwr.mappings.canonical.PassportRef;
import jo.gov.mol.dwr.mappings.canonical.Reference;
import jo.gov.mol.dwr.mappings.canonical.RejectionReason;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.registry.approval.ApprovalDecision;
import jo.gov.mol.dwr.registry.approval.ApprovalOnRecord;
import jo.gov.mol.dwr.registry.office.LicenceOnDate;
import jo.gov.mol.dwr.registry.reference.DefaultRules;
import jo.gov.mol.dwr.registry.reference.RuleSet;
import jo.gov.mol.dwr.registry.source.SourceRef;

/**
 * What the rules may look up, held in maps a test fills: the default rule set (version 1) on every date, a clock the
 * test sets, and the approvals, request holders, office licences, other passport users and substantiated abuse
 * complaints it declares. Everything declared has a source message, so that evidence can name it.
 */
final class TestFlagContext implements FlagContext {
    private static int sequence;

    private Instant now = Instant.parse("2030-01-01T00:00:00Z");
    private final RuleSet rules = DefaultRules.versionOne();
    private final Map<ApprovalNo, ApprovalOnRecord> approvals = new HashMap<>();
    private final Map<RequestId, RequestHolder> holders = new HashMap<>();
    private final Map<LicenceNo, Licence> licences = new HashMap<>();
    private final Map<String, List<PassportUse>> passportUses = new HashMap<>();
    private final Map<NationalId, List<AbuseComplaint>> abuse = new HashMap<>();
    private final Map<UUID, SourceRef> sources = new HashMap<>();

    private record Licence(LicenceStatus status, LocalDate validFrom, LocalDate validUntil, UUID eventId) {
    }

    /** A context whose clock reads far after every test's facts (2030). */
    static TestFlagContext context() {
        return new TestFlagContext();
    }

    TestFlagContext clockAt(Instant moment) {
        this.now = moment;
        return this;
    }

    /** MoI approved {@code requestId} with {@code approvalNo}, valid until {@code validUntil}; it stands. */
    TestFlagContext approval(ApprovalNo approvalNo, RequestId requestId, LocalDate validUntil) {
        ApprovalDecision grant = decision(requestId, Decision.APPROVED, approvalNo, validUntil,
                Amman.midnight(validUntil.minusDays(90)));
        approvals.put(approvalNo, new ApprovalOnRecord(grant, grant, true));
        return this;
    }

    /** The approval was granted, then MoI rejected its request (a revocation); returns the revocation's message. */
    SourceRef revokedApproval(ApprovalNo approvalNo, RequestId requestId, LocalDate validUntil) {
        ApprovalDecision grant = decision(requestId, Decision.APPROVED, approvalNo, validUntil,
                Amman.midnight(validUntil.minusDays(90)));
        ApprovalDecision revocation = decision(requestId, Decision.REJECTED, null, null,
                Amman.midnight(validUntil.minusDays(30)));
        approvals.put(approvalNo, new ApprovalOnRecord(grant, revocation, true));
        return sources.get(revocation.eventId());
    }

    private ApprovalDecision decision(RequestId requestId, Decision decision, ApprovalNo approvalNo,
                                      LocalDate validUntil, Instant decidedAt) {
        UUID eventId = UUID.randomUUID();
        sources.put(eventId, new SourceRef(SourceSystem.MOI, "MOI-MSG-" + next(), requestId.value()));
        return new ApprovalDecision(requestId, Reference.of("MOI-CASE-" + next()), decision, approvalNo, validUntil,
                decision == Decision.REJECTED ? RejectionReason.SECURITY : null, decidedAt, eventId);
    }

    /** The request recruits the person {@code personId} through {@code office}; returns the request's message. */
    SourceRef requestHolder(RequestId requestId, long personId, LicenceNo office) {
        SourceRef request = new SourceRef(SourceSystem.MOL, "MOL-MSG-" + next(), requestId.value());
        holders.put(requestId, new RequestHolder(personId, office.value(), request));
        return request;
    }

    /** MoL licensed the office with one version of its licence; returns that version's message. */
    SourceRef licence(LicenceNo office, LicenceStatus status, LocalDate validFrom, LocalDate validUntil) {
        UUID eventId = UUID.randomUUID();
        SourceRef source = new SourceRef(SourceSystem.MOL, "MOL-LIC-" + next(), office.value());
        sources.put(eventId, source);
        licences.put(office, new Licence(status, validFrom, validUntil, eventId));
        return source;
    }

    /** Another person's first record naming the passport, at {@code at}; returns that record's message. */
    SourceRef otherPersonUsing(PassportRef passport, long personId, Instant at) {
        SourceRef record = new SourceRef(SourceSystem.MOL, "MOL-OTHER-" + next(), "MOL-REQ-2024-" + next());
        passportUses.computeIfAbsent(passport.key(), key -> new ArrayList<>())
                .add(new PassportUse(personId, at, record));
        return record;
    }

    /** A substantiated complaint by or for {@code worker} against the employer, filed that day; returns its message. */
    SourceRef substantiatedAbuse(NationalId employer, String worker, LocalDate filedOn) {
        String complaintId = "CMP-" + next();
        SourceRef source = new SourceRef(SourceSystem.MOL, "MOL-CMP-" + next(), complaintId);
        abuse.computeIfAbsent(employer, key -> new ArrayList<>())
                .add(new AbuseComplaint(complaintId, filedOn, worker, source));
        return source;
    }

    private static synchronized int next() {
        return ++sequence;
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public RuleSet rulesOn(LocalDate date) {
        return rules;
    }

    @Override
    public Optional<ApprovalOnRecord> approval(ApprovalNo approvalNo) {
        return Optional.ofNullable(approvals.get(approvalNo));
    }

    @Override
    public Optional<RequestHolder> holderOf(RequestId requestId) {
        return Optional.ofNullable(holders.get(requestId));
    }

    @Override
    public Optional<LicenceOnDate> licenceOn(LicenceNo office, LocalDate date) {
        return Optional.ofNullable(licences.get(office)).map(licence -> new LicenceOnDate(office.value(), date,
                licence.status(), licence.validFrom(), licence.validUntil(), 120, licence.eventId()));
    }

    @Override
    public List<PassportUse> othersUsing(PassportRef passport, long personId) {
        return passportUses.getOrDefault(passport.key(), List.of()).stream()
                .filter(use -> use.personId() != personId).toList();
    }

    @Override
    public List<AbuseComplaint> substantiatedAbuseAgainst(NationalId employer, LocalDate on) {
        return abuse.getOrDefault(employer, List.of());
    }

    @Override
    public Optional<SourceRef> source(UUID eventId) {
        return Optional.ofNullable(sources.get(eventId));
    }
}
