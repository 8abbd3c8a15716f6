package jo.gov.mol.dwr.registry.approval;

import static jo.gov.mol.dwr.registry.CanonicalEvents.approved;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newApprovalNo;
import static jo.gov.mol.dwr.registry.CanonicalEvents.newRequestId;
import static jo.gov.mol.dwr.registry.CanonicalEvents.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.canonical.ApprovalDecided;
import jo.gov.mol.dwr.mappings.canonical.Decision;
import jo.gov.mol.dwr.mappings.canonical.RejectionReason;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.registry.source.Provenance;

class ApprovalTests {
    static final Instant DECIDED = Instant.parse("2026-03-10T08:00:00Z");

    final RequestId requestId = newRequestId();
    final Approval approval = Approval.of(requestId);

    @Test
    void putsTheLatestDecidedInForceWhateverTheArrivalOrder() {
        Provenance revocation = arrived(DECIDED.plusSeconds(3600));
        Provenance approvalSentEarlier = arrived(DECIDED.plusSeconds(7200));

        assertThat(approval.decide(terms(rejected(requestId, RejectionReason.SECURITY, DECIDED.plusSeconds(86_400))),
                revocation)).isTrue();
        assertThat(approval.decide(terms(approved(requestId, newApprovalNo(), DECIDED)), approvalSentEarlier))
                .isFalse();

        assertThat(approval.decisionInForce()).get().satisfies(decision -> {
            assertThat(decision.decision()).isEqualTo(Decision.REJECTED);
            assertThat(decision.eventId()).isEqualTo(revocation.eventId());
        });
    }

    @Test
    void givesATieOnDecidedAtToTheLaterArrival() {
        Provenance first = arrived(DECIDED.plusSeconds(10));
        Provenance later = arrived(DECIDED.plusSeconds(20));

        approval.decide(terms(approved(requestId, newApprovalNo(), DECIDED)), later);
        approval.decide(terms(rejected(requestId, RejectionReason.OTHER, DECIDED)), first);

        assertThat(approval.decisionInForce()).get().extracting(ApprovalDecision::eventId).isEqualTo(later.eventId());
    }

    @Test
    void announcesNothingWhileTheRequestIsUnknownThenTheDecisionInForce() {
        Provenance decided = arrived(DECIDED);
        approval.decide(terms(approved(requestId, newApprovalNo(), DECIDED)), decided);

        assertThat(approval.decisionToAnnounce()).isEmpty();

        approval.requestKnown(DECIDED.plusSeconds(60));

        assertThat(approval.decisionToAnnounce()).get().extracting(ApprovalDecision::eventId)
                .isEqualTo(decided.eventId());
    }

    @Test
    void announcesEachDecisionInForceOnceAndNeverAnOlderOneArrivingLate() {
        approval.requestKnown(DECIDED);
        approval.decide(terms(approved(requestId, newApprovalNo(), DECIDED)), arrived(DECIDED));
        approval.announced(approval.decisionToAnnounce().orElseThrow());

        assertThat(approval.decisionToAnnounce()).isEmpty();

        Provenance revocation = arrived(DECIDED.plusSeconds(60));
        approval.decide(terms(rejected(requestId, RejectionReason.SECURITY, DECIDED.plusSeconds(30))), revocation);

        assertThat(approval.decisionToAnnounce()).get().extracting(ApprovalDecision::eventId)
                .isEqualTo(revocation.eventId());
        approval.announced(approval.decisionToAnnounce().orElseThrow());

        approval.decide(terms(approved(requestId, newApprovalNo(), DECIDED.minusSeconds(30))),
                arrived(DECIDED.plusSeconds(90)));

        assertThat(approval.decisionToAnnounce()).isEmpty();
    }

    @Test
    void announcesNothingForTheSameDecisionSentAgainUnderANewMessageId() {
        approval.requestKnown(DECIDED);
        ApprovalDecided decision = approved(requestId, newApprovalNo(), DECIDED);
        approval.decide(terms(decision), arrived(DECIDED));
        approval.announced(approval.decisionToAnnounce().orElseThrow());

        Provenance sentAgain = arrived(DECIDED.plusSeconds(600));
        assertThat(approval.decide(terms(decision), sentAgain)).isTrue();

        assertThat(approval.decisionInForce()).get().extracting(ApprovalDecision::eventId)
                .isEqualTo(sentAgain.eventId());
        assertThat(approval.decisionToAnnounce()).isEmpty();
    }

    @Test
    void announcesOnlyTheDecisionInForce() {
        approval.requestKnown(DECIDED);
        approval.decide(terms(approved(requestId, newApprovalNo(), DECIDED)), arrived(DECIDED));
        ApprovalDecision inForce = approval.decisionInForce().orElseThrow();
        approval.decide(terms(rejected(requestId, RejectionReason.OTHER, DECIDED.plusSeconds(1))), arrived(DECIDED));

        assertThatThrownBy(() -> approval.announced(inForce)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rebuildsTheFactMoiSent() {
        ApprovalDecided decision = approved(requestId, newApprovalNo(), DECIDED);
        approval.decide(terms(decision), arrived(DECIDED));

        assertThat(approval.decisionInForce()).get().extracting(ApprovalDecision::fact).isEqualTo(decision);
    }

    private static DecisionTerms terms(ApprovalDecided decision) {
        return DecisionTerms.of(decision);
    }

    private static Provenance arrived(Instant receivedAt) {
        return new Provenance(UUID.randomUUID(), receivedAt.minusMillis(250), receivedAt);
    }
}
