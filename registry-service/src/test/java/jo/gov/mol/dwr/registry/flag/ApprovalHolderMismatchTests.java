package jo.gov.mol.dwr.registry.flag;

import static jo.gov.mol.dwr.registry.flag.Amman.day;
import static jo.gov.mol.dwr.registry.flag.Amman.morning;
import static jo.gov.mol.dwr.registry.flag.TestFlagContext.context;
import static jo.gov.mol.dwr.registry.flag.Worker.APPROVAL;
import static jo.gov.mol.dwr.registry.flag.Worker.OTHER_OFFICE;
import static jo.gov.mol.dwr.registry.flag.Worker.REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.registry.source.SourceRef;

/** APPROVAL_HOLDER_MISMATCH: the person entering on an approval is not the person it was granted for. */
class ApprovalHolderMismatchTests {
    private final ApprovalHolderMismatch rule = new ApprovalHolderMismatch();
    private final Worker entering = Worker.filipina();
    private final TestFlagContext context = context().approval(APPROVAL, REQUEST, day(2025, 7, 1));

    @Test
    void someoneElseEnteringOnTheApprovalIsAFindingOnTheEntrantWithTheHoldersRequestAsEvidence() {
        SourceRef holdersRequest = context.requestHolder(REQUEST, entering.personId() + 1000, OTHER_OFFICE);
        Fact entry = entering.entered(morning(day(2025, 5, 1)), APPROVAL);

        assertThat(rule.findings(entering.facts(), context)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(RuleCode.APPROVAL_HOLDER_MISMATCH);
            assertThat(finding.episode()).isEqualTo("entry:" + entry.eventId());
            assertThat(finding.raisedAt()).isEqualTo(entry.businessTime());
            assertThat(finding.evidence()).containsExactly(entry.source(), holdersRequest);
            assertThat(finding.office()).isEqualTo(OTHER_OFFICE.value());
        });
    }

    @Test
    void theHolderEnteringOnTheirOwnApprovalIsNoFinding() {
        context.requestHolder(REQUEST, entering.personId(), OTHER_OFFICE);
        entering.entered(morning(day(2025, 5, 1)), APPROVAL);

        assertThat(rule.findings(entering.facts(), context)).isEmpty();
    }

    @Test
    void anApprovalWhoseRequestIsNotYetKnownNamesNoHolderToMismatch() {
        entering.entered(morning(day(2025, 5, 1)), APPROVAL);

        assertThat(rule.findings(entering.facts(), context)).isEmpty();
    }
}
