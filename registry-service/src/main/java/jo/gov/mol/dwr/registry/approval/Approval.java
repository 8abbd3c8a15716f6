package jo.gov.mol.dwr.registry.approval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.registry.source.Provenance;

/**
 * The MoI approval of one recruitment request: every decision MoI sent on it, the decision in force, whether the
 * registry holds the request, and which decision MoL was last told of.
 * <p>
 * The decision in force is the one with the latest {@code DecidedAt}, a tie going to the later arrival
 * (interfaces.md), so a revocation decided later replaces an approval whatever order the two arrive in. The decision
 * in force only ever moves to a decision decided later, so each decision is in force, and announced, at most once.
 * <p>
 * A decision may come before its request: the approval then waits, unmatched, until the request arrives. The row
 * is also where a decision and its request meet when both are applied at once (they travel in different message
 * groups): whichever comes second finds it, locked, or fails on its unique request number and is redelivered.
 */
@Entity
@Table(name = "approval")
class Approval {
    /** Later {@code DecidedAt} first; between equals, the later arrival at the hub. */
    private static final Comparator<ApprovalVersionKey> IN_FORCE_ORDER = Comparator
            .comparing(ApprovalVersionKey::decidedAt).thenComparing(ApprovalVersionKey::receivedAt);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_seq")
    @SequenceGenerator(name = "approval_seq", sequenceName = "approval_seq", allocationSize = 50)
    private Long id;

    @Column(name = "request_no", length = 19, nullable = false, unique = true)
    private String requestNo;

    /** Since when the registry holds the request: the hub's receipt of the message that made both meet. */
    @Column(name = "request_known_at")
    private Instant requestKnownAt;

    /** The decision in force; none while MoI has not decided. */
    @Embedded
    private DecisionTerms inForce;

    /** The message of the decision in force. */
    @Embedded
    private Provenance current;

    /** The source message of the decision MoL was last told of. */
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "announced_event_id", length = 36)
    private UUID announced;

    @OneToMany(mappedBy = "approval", cascade = CascadeType.PERSIST)
    private List<ApprovalVersion> versions = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Approval() {
    }

    static Approval of(RequestId requestId) {
        Approval approval = new Approval();
        approval.requestNo = requestId.value();
        return approval;
    }

    RequestId requestId() {
        return RequestId.of(requestNo);
    }

    boolean isRequestKnown() {
        return requestKnownAt != null;
    }

    /** The registry now holds the request; the first time counts. */
    void requestKnown(Instant at) {
        if (requestKnownAt == null) {
            requestKnownAt = at;
        }
    }

    /**
     * Keeps the decision; it comes into force unless a decision decided later (or as late and arrived later) is
     * known.
     *
     * @return whether it came into force
     */
    boolean decide(DecisionTerms terms, Provenance provenance) {
        versions.add(new ApprovalVersion(this, terms, provenance));
        if (inForce == null || IN_FORCE_ORDER.compare(new ApprovalVersionKey(terms, provenance),
                new ApprovalVersionKey(inForce, current)) >= 0) {
            inForce = terms;
            current = provenance;
            return true;
        }
        return false;
    }

    Optional<ApprovalDecision> decisionInForce() {
        return inForce == null ? Optional.empty()
                : Optional.of(ApprovalDecision.of(requestId(), inForce, current.eventId()));
    }

    /**
     * The decision MoL is to be told of: the one in force, once the request is known, unless MoL knows what it
     * says already (it was told of this decision, or of one that says the same: a decision MoI sent again under a
     * new message id). An older decision arriving late changes nothing in force, so it is never announced.
     */
    Optional<ApprovalDecision> decisionToAnnounce() {
        if (!isRequestKnown() || inForce == null || current.eventId().equals(announced)) {
            return Optional.empty();
        }
        if (announced != null && versions.stream().filter(version -> version.cameIn(announced))
                .anyMatch(version -> version.terms().tellTheSameAs(inForce))) {
            return Optional.empty();
        }
        return decisionInForce();
    }

    /** MoL is being told of the decision in force. */
    void announced(ApprovalDecision decision) {
        if (inForce == null || !decision.eventId().equals(current.eventId())) {
            throw new IllegalStateException("only the decision in force is announced, not " + decision.eventId());
        }
        announced = decision.eventId();
    }

    private record ApprovalVersionKey(Instant decidedAt, Instant receivedAt) {
        ApprovalVersionKey(DecisionTerms terms, Provenance provenance) {
            this(terms.decidedAt(), provenance.receivedAt());
        }
    }
}
