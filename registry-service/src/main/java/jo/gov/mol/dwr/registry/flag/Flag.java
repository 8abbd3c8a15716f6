package jo.gov.mol.dwr.registry.flag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One situation a rule found (its key: the rule and the episode), raised once however often it is found again:
 * what it is about, when its condition first held, the messages that show it, and where its review stands.
 * <p>
 * Its scope is the evaluation that finds it (a person, or an office for the quota): an evaluation resolves the
 * pending flags of its scope that it no longer finds.
 */
@Entity
@Table(name = "flag")
class Flag {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "flag_seq")
    @SequenceGenerator(name = "flag_seq", sequenceName = "flag_seq", allocationSize = 50)
    private Long id;

    @Column(name = "flag_key", length = 300, nullable = false, unique = true, updatable = false)
    private String flagKey;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "rule_code", length = 40, nullable = false, updatable = false)
    private RuleCode rule;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "severity", length = 10, nullable = false, updatable = false)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "subject_type", length = 10, nullable = false, updatable = false)
    private SubjectType subjectType;

    @Column(name = "subject_id", length = 40, nullable = false)
    private String subjectId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "flag_status", length = 12, nullable = false)
    private FlagStatus status;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "rule_set_version", nullable = false)
    private int ruleSetVersion;

    @Column(name = "scope_key", length = 60, nullable = false)
    private String scope;

    @Column(name = "worker_person_id")
    private Long workerPersonId;

    @Column(name = "worker_passport_no", length = 20)
    private String workerPassportNo;

    @Column(name = "worker_nationality", length = 3)
    private String workerNationality;

    @Column(name = "worker_name", length = 200)
    private String workerName;

    @Column(name = "office_licence_no", length = 7)
    private String officeLicenceNo;

    @Column(name = "employer_national_id", length = 10)
    private String employerNationalId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    @ElementCollection
    @CollectionTable(name = "flag_evidence", joinColumns = @JoinColumn(name = "flag_id"))
    @OrderColumn(name = "evidence_order")
    private List<EvidenceRef> evidence = new ArrayList<>();

    @OneToMany(mappedBy = "flag", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<FlagStep> steps = new ArrayList<>();

    protected Flag() {
    }

    static Flag raised(Finding finding, Subject subject, int ruleSetVersion, Instant now) {
        Flag flag = new Flag();
        flag.flagKey = finding.key();
        flag.rule = finding.rule();
        flag.severity = finding.rule().severity();
        flag.subjectType = finding.rule().subject();
        flag.status = FlagStatus.OPEN;
        flag.raisedAt = finding.raisedAt();
        flag.ruleSetVersion = ruleSetVersion;
        flag.describe(finding, subject, now);
        flag.steps.add(new FlagStep(flag, null, FlagStatus.OPEN, FlagStep.REGISTRY, now, finding.rule().reason()));
        return flag;
    }

    /**
     * Found again: the scope and the worker follow the evaluation (a merge or a split moves them), new evidence is
     * added, an earlier first moment is kept, and a resolved flag whose condition holds again is open again.
     */
    boolean foundAgain(Finding finding, Subject subject, int ruleSetVersionThen, Instant now) {
        boolean changed = describe(finding, subject, now);
        if (finding.raisedAt().isBefore(raisedAt)) {
            raisedAt = finding.raisedAt();
            ruleSetVersion = ruleSetVersionThen;
            changed = true;
        }
        if (status == FlagStatus.RESOLVED) {
            move(FlagStatus.OPEN, FlagStep.REGISTRY, "the condition holds again", now);
            changed = true;
        }
        return changed;
    }

    /** The condition ceased: a pending flag is resolved, an auditor's verdict is kept. */
    boolean ceased(Instant now) {
        if (!status.pending()) {
            return false;
        }
        move(FlagStatus.RESOLVED, FlagStep.REGISTRY, "the condition no longer holds", now);
        return true;
    }

    /** An auditor's move: from OPEN or IN_REVIEW only (interfaces.md 6), never to where it is. */
    void review(FlagStatus to, String auditor, String note, Instant now) {
        if (!status.pending() || to == status) {
            throw new IllegalStateException(status.name());
        }
        move(to, auditor, note, now);
    }

    private void move(FlagStatus to, String actor, String note, Instant now) {
        steps.add(new FlagStep(this, status, to, actor, now, note));
        status = to;
        updatedAt = now;
    }

    private boolean describe(Finding finding, Subject subject, Instant now) {
        boolean changed = !subject.scope().equals(scope) || !Objects.equals(subject.workerPersonId(), workerPersonId);
        scope = subject.scope();
        workerPersonId = subject.workerPersonId();
        if (subject.worker() != null) {
            workerPassportNo = subject.worker().passportNo();
            workerNationality = subject.worker().nationality();
            workerName = subject.worker().name();
        }
        subjectId = subject.idOf(finding);
        if (finding.office() != null) {
            officeLicenceNo = finding.office();
        }
        if (finding.employer() != null) {
            employerNationalId = finding.employer();
        }
        Set<EvidenceRef> known = Set.copyOf(evidence);
        for (var source : finding.evidence()) {
            EvidenceRef ref = EvidenceRef.of(source);
            if (!known.contains(ref)) {
                evidence.add(ref);
                changed = true;
            }
        }
        updatedAt = changed || updatedAt == null ? now : updatedAt;
        return changed;
    }

    Long id() {
        return id;
    }

    String key() {
        return flagKey;
    }

    FlagStatus status() {
        return status;
    }

    FlagView view(boolean withHistory) {
        FlagView.Worker worker = workerPersonId == null ? null
                : new FlagView.Worker(workerPersonId, workerPassportNo, workerNationality, workerName);
        return new FlagView(id, rule, severity, status, raisedAt, ruleSetVersion,
                new FlagView.Subject(subjectType, subjectId), worker, officeLicenceNo, employerNationalId,
                evidence.stream().map(EvidenceRef::ref).toList(),
                withHistory ? steps.stream().map(FlagStep::view).toList() : null);
    }

}
