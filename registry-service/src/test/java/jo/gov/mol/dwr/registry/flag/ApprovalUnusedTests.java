package jo.gov.mol.dwr.registry.flag;

import static jo.gov.mol.dwr.registry.flag.Amman.day;
import static jo.gov.mol.dwr.registry.flag.Amman.midnight;
import static jo.gov.mol.dwr.registry.flag.Amman.morning;
import static jo.gov.mol.dwr.registry.flag.TestFlagContext.context;
import static jo.gov.mol.dwr.registry.flag.Worker.APPROVAL;
import static jo.gov.mol.dwr.registry.flag.Worker.OFFICE;
import static jo.gov.mol.dwr.registry.flag.Worker.REQUEST;
import static jo.gov.mol.dwr.registry.flag.Worker.reference;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.canonical.ApprovalDecided;
import jo.gov.mol.dwr.mappings.canonical.Decision;
import jo.gov.mol.dwr.mappings.canonical.RejectionReason;

/** APPROVAL_UNUSED: an approval passes its ValidUntil (inclusive) with no entry of its holder. */
class ApprovalUnusedTests {
    private static final LocalDate VALID_UNTIL = day(2025, 5, 31);
    private static final Instant EXPIRED = midnight(day(2025, 6, 1));

    private final ApprovalUnused rule = new ApprovalUnused();
    private final TestFlagContext context = context();
    private final Worker maria = Worker.filipina();

    ApprovalUnusedTests() {
        maria.requested(morning(day(2025, 2, 1)));
    }

    private Fact approved() {
        return maria.approved(REQUEST, APPROVAL, VALID_UNTIL, morning(day(2025, 3, 1)));
    }

    @Test
    void anApprovalWithNoEntryByItsValidUntilIsRaisedAtMidnightAfterIt() {
        Fact decision = approved();

        assertThat(rule.findings(maria.facts(), context.clockAt(EXPIRED))).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(RuleCode.APPROVAL_UNUSED);
            assertThat(finding.episode()).isEqualTo("approval:" + APPROVAL.value());
            assertThat(finding.raisedAt()).isEqualTo(EXPIRED);
            assertThat(finding.evidence()).containsExactly(decision.source());
            assertThat(finding.office()).isEqualTo(OFFICE.value());
        });
    }

    @Test
    void oneSecondBeforeMidnightAfterValidUntilIsNotYetAFinding() {
        approved();

        assertThat(rule.findings(maria.facts(), context.clockAt(EXPIRED.minusSeconds(1)))).isEmpty();
    }

    @Test
    void anEntryOnTheValidUntilDateUsesTheApproval() {
        approved();
        maria.entered(Amman.at(VALID_UNTIL, 23, 30), APPROVAL);

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }

    @Test
    void anEntryAfterValidUntilDoesNotUseTheApproval() {
        approved();
        maria.entered(morning(VALID_UNTIL.plusDays(1)), APPROVAL);

        assertThat(rule.findings(maria.facts(), context)).hasSize(1);
    }

    @Test
    void anEntryFromAnEarlierStayBeforeTheApprovalDoesNotUseIt() {
        maria.entered(morning(day(2022, 1, 10)), null);
        maria.exited(morning(day(2024, 1, 10)));
        approved();

        assertThat(rule.findings(maria.facts(), context)).hasSize(1);
    }

    @Test
    void aRevokedApprovalIsNotUnused() {
        approved();
        maria.decided(new ApprovalDecided(reference("MOI-CASE"), REQUEST, Decision.REJECTED, null, null,
                RejectionReason.SECURITY, morning(day(2025, 4, 1))));

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }
}
