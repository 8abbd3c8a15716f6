package jo.gov.mol.dwr.registry.classification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jo.gov.mol.dwr.mappings.canonical.OfficeClass;
import jo.gov.mol.dwr.registry.api.RequestRefused;

/**
 * An office's class for a period, as a rule set version computed it, with every metric that made it, and its
 * review (policy.md): PROPOSED when computed; a regulator confirms it or overrides its class with a reason; an
 * override into or out of D waits for a second, different regulator, who approves it or rejects it (the proposal
 * then stands again). Confirmed or overridden, it is in force until a later one of the office comes into force.
 * Every step is kept with who took it, when and why.
 */
@Entity
@Table(name = "office_classification")
class Classification {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "office_classification_seq")
    @SequenceGenerator(name = "office_classification_seq", sequenceName = "office_classification_seq", allocationSize = 50)
    private Long id;

    @Column(name = "office_licence_no", length = 7, nullable = false, updatable = false)
    private String licenceNo;

    /** The first day of the period's first month. */
    @Column(name = "first_month", nullable = false, updatable = false)
    private LocalDate firstMonth;

    /** The first day of the period's last month. */
    @Column(name = "last_month", nullable = false, updatable = false)
    private LocalDate lastMonth;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "computed_class", length = 7, nullable = false, updatable = false)
    private OfficeClass computedClass;

    /** The class a regulator put in place of the computed one; null while there is none. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "override_class", length = 7)
    private OfficeClass overrideClass;

    @Column(name = "score", precision = 4, scale = 1, nullable = false, updatable = false)
    private BigDecimal score;

    @Column(name = "placed", nullable = false, updatable = false)
    private long placed;

    @Column(name = "pending_serious", nullable = false, updatable = false)
    private long pendingSerious;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", length = 17, nullable = false)
    private ClassificationStatus status;

    @Column(name = "rule_set_version", nullable = false, updatable = false)
    private int ruleSetVersion;

    @Column(name = "computed_at", nullable = false, updatable = false)
    private Instant computedAt;

    /** When it came into force; null while it has not. */
    @Column(name = "in_force_at")
    private Instant inForceAt;

    @ElementCollection
    @CollectionTable(name = "office_classification_metric", joinColumns = @JoinColumn(name = "classification_id"))
    private List<ClassificationMetric> metrics = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "office_classification_step", joinColumns = @JoinColumn(name = "classification_id"))
    @OrderColumn(name = "step_no")
    private List<ClassificationStep> steps = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Classification() {
    }

    static Classification proposed(String licenceNo, Period period, int ruleSetVersion, Verdict verdict, String by,
                                   Instant at) {
        Classification proposed = new Classification();
        proposed.licenceNo = licenceNo;
        proposed.firstMonth = period.firstMonth().atDay(1);
        proposed.lastMonth = period.lastMonth().atDay(1);
        proposed.computedClass = verdict.officeClass();
        proposed.score = verdict.score();
        proposed.placed = verdict.placed();
        proposed.pendingSerious = verdict.pendingSeriousFlags();
        proposed.ruleSetVersion = ruleSetVersion;
        proposed.computedAt = at;
        verdict.metrics().forEach(metric -> proposed.metrics.add(ClassificationMetric.of(metric)));
        proposed.step(ClassificationStatus.PROPOSED, by, at, null);
        return proposed;
    }

    /**
     * Whether a recomputation gave what this one says: the same period, rule set version, class, score and
     * metrics. Then nothing changes (policy.md: recomputing from the same data and version gives the same result).
     * Serious flags still pending are shown, not counted: an auditor moving one is no new result.
     */
    boolean sameResultAs(Period period, int version, Verdict verdict) {
        List<Metric> mine = metrics();
        return period().equals(period) && ruleSetVersion == version && computedClass == verdict.officeClass()
                && score.compareTo(verdict.score()) == 0 && placed == verdict.placed()
                && mine.size() == verdict.metrics().size()
                && IntStream.range(0, mine.size())
                        .allMatch(i -> mine.get(i).sameAs(verdict.metrics().get(i)));
    }

    /** A regulator confirms the computed class: it comes into force. */
    void confirm(String by, Instant at) {
        require(ClassificationStatus.PROPOSED, "confirm");
        step(ClassificationStatus.CONFIRMED, by, at, null);
        inForceAt = at;
    }

    /**
     * A regulator puts another class in place of the computed one, with a reason: in force at once, unless the
     * computed or the new class is D, which a second regulator must approve.
     *
     * @return whether it came into force
     */
    boolean override(OfficeClass to, String reason, String by, Instant at) {
        require(ClassificationStatus.PROPOSED, "override");
        if (to == computedClass) {
            throw RequestRefused.invalid("/class", "same_class",
                    "an override gives another class than the computed " + computedClass);
        }
        overrideClass = to;
        if (to == OfficeClass.D || computedClass == OfficeClass.D) {
            step(ClassificationStatus.AWAITING_APPROVAL, by, at, reason);
            return false;
        }
        step(ClassificationStatus.OVERRIDDEN, by, at, reason);
        inForceAt = at;
        return true;
    }

    /** A second regulator approves an override into or out of D: it comes into force. */
    void approve(String reason, String by, Instant at) {
        requireSecondRegulator("approve", by);
        step(ClassificationStatus.OVERRIDDEN, by, at, reason);
        inForceAt = at;
    }

    /** A second regulator rejects an override into or out of D: the computed class stands again as proposed. */
    void reject(String reason, String by, Instant at) {
        requireSecondRegulator("reject", by);
        step(ClassificationStatus.REJECTED, by, at, reason);
        overrideClass = null;
        step(ClassificationStatus.PROPOSED, by, at, null);
    }

    /** A later classification of the office took its place: a newer proposal, or a newer class in force. */
    void supersede(String by, Instant at) {
        step(ClassificationStatus.SUPERSEDED, by, at, null);
    }

    private void requireSecondRegulator(String action, String by) {
        require(ClassificationStatus.AWAITING_APPROVAL, action);
        String overriddenBy = steps.get(steps.size() - 1).by();
        if (overriddenBy.equals(by)) {
            throw RequestRefused.conflict("own_override",
                    "an override into or out of D is approved or rejected by a second regulator, not by " + by
                            + " who made it");
        }
    }

    private void require(ClassificationStatus expected, String action) {
        if (status != expected) {
            throw RequestRefused.conflict("transition_not_allowed",
                    "classification " + id + " is " + status + ": only a " + expected + " one can be asked to " + action);
        }
    }

    private void step(ClassificationStatus to, String by, Instant at, String reason) {
        steps.add(new ClassificationStep(to, officeClass(), by, at, reason));
        status = to;
    }

    Long id() {
        return id;
    }

    String licenceNo() {
        return licenceNo;
    }

    Period period() {
        return new Period(YearMonth.from(firstMonth), YearMonth.from(lastMonth));
    }

    /** The class it stands for: the override's, once one is made, else the computed one. */
    OfficeClass officeClass() {
        return overrideClass == null ? computedClass : overrideClass;
    }

    OfficeClass computedClass() {
        return computedClass;
    }

    BigDecimal score() {
        return score;
    }

    long placed() {
        return placed;
    }

    long pendingSerious() {
        return pendingSerious;
    }

    ClassificationStatus status() {
        return status;
    }

    int ruleSetVersion() {
        return ruleSetVersion;
    }

    Instant computedAt() {
        return computedAt;
    }

    Instant inForceAt() {
        return inForceAt;
    }

    /** In the policy's order. */
    List<Metric> metrics() {
        return metrics.stream().sorted(Comparator.comparing(ClassificationMetric::code))
                .map(ClassificationMetric::metric).toList();
    }

    List<ClassificationStep> steps() {
        return List.copyOf(steps);
    }
}
