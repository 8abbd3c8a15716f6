package jo.gov.mol.dwr.registry.flag;

import static jo.gov.mol.dwr.registry.flag.Amman.day;
import static jo.gov.mol.dwr.registry.flag.Amman.morning;
import static jo.gov.mol.dwr.registry.flag.TestFlagContext.context;
import static jo.gov.mol.dwr.registry.flag.Worker.APPROVAL;
import static jo.gov.mol.dwr.registry.flag.Worker.OFFICE;
import static jo.gov.mol.dwr.registry.flag.Worker.REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.canonical.ApprovalNo;
import jo.gov.mol.dwr.registry.source.SourceRef;

/** ENTRY_WITHOUT_APPROVAL: an entry on no known or no valid approval, or without one by a recruited worker. */
class EntryWithoutApprovalTests {
    private static final LocalDate ENTERED = day(2025, 5, 1);

    private final EntryWithoutApproval rule = new EntryWithoutApproval();
    private final Worker maria = Worker.filipina();
    private final TestFlagContext context = context();

    @Test
    void anEntryWhoseVisaRefNamesNoKnownApprovalIsRaisedAtTheEntry() {
        maria.requested(morning(day(2025, 2, 1)));
        Fact entry = maria.entered(morning(ENTERED), ApprovalNo.of("MOI-APR-2025-999999"));

        assertThat(rule.findings(maria.facts(), context)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(RuleCode.ENTRY_WITHOUT_APPROVAL);
            assertThat(finding.episode()).isEqualTo("entry:" + entry.eventId());
            assertThat(finding.raisedAt()).isEqualTo(entry.businessTime());
            assertThat(finding.evidence()).containsExactly(entry.source());
            // no approval to follow: counted for the office of the latest request before the entry
            assertThat(finding.office()).isEqualTo(OFFICE.value());
        });
    }

    @Test
    void anApprovalValidUntilTheEntryDateCoversTheEntry() {
        context.approval(APPROVAL, REQUEST, ENTERED);
        maria.entered(Amman.at(ENTERED, 23, 59), APPROVAL);

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }

    @Test
    void anApprovalValidUntilTheDayBeforeTheEntryDoesNot() {
        context.approval(APPROVAL, REQUEST, ENTERED.minusDays(1));
        Fact entry = maria.entered(morning(ENTERED), APPROVAL);

        assertThat(rule.findings(maria.facts(), context)).singleElement()
                .extracting(Finding::episode).isEqualTo("entry:" + entry.eventId());
    }

    @Test
    void anEntryOnARevokedApprovalNamesTheRevocationInItsEvidence() {
        SourceRef revocation = context.revokedApproval(APPROVAL, REQUEST, day(2025, 7, 1));
        context.requestHolder(REQUEST, maria.personId(), OFFICE);
        Fact entry = maria.entered(morning(ENTERED), APPROVAL);

        assertThat(rule.findings(maria.facts(), context)).singleElement().satisfies(finding -> {
            assertThat(finding.evidence()).containsExactly(entry.source(), revocation);
            assertThat(finding.office()).isEqualTo(OFFICE.value());
        });
    }

    @Test
    void anEntryWithoutVisaRefByARecruitedWorkerWithoutAPermitIsAFinding() {
        maria.requested(morning(day(2025, 2, 1)));
        Fact entry = maria.entered(morning(ENTERED), null);

        assertThat(rule.findings(maria.facts(), context)).singleElement().satisfies(finding -> {
            assertThat(finding.episode()).isEqualTo("entry:" + entry.eventId());
            assertThat(finding.evidence()).containsExactly(entry.source());
            assertThat(finding.office()).isEqualTo(OFFICE.value());
        });
    }

    @Test
    void anEntryWithoutVisaRefByAWorkerWithAValidPermitIsNoFinding() {
        maria.requested(morning(day(2023, 2, 1)));
        maria.permitIssued(day(2023, 5, 1), ENTERED);
        maria.entered(morning(ENTERED), null);

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }

    @Test
    void anEntryWithoutVisaRefBySomeoneNeverRecruitedIsNoFinding() {
        maria.entered(morning(ENTERED), null);

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }

    @Test
    void anEntryWithoutVisaRefBeforeSheWasEverRecruitedIsNoFinding() {
        // a visit in 2020; MoL's request to recruit her comes five years later
        maria.entered(morning(day(2020, 3, 1)), null);
        maria.exited(morning(day(2020, 3, 20)));
        maria.requested(morning(day(2025, 2, 1)));

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }

    @Test
    void anExitIsNeverAnEntryWithoutApproval() {
        maria.requested(morning(day(2025, 2, 1)));
        maria.exited(morning(ENTERED));

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }

    @Test
    void theSameEntryReportedTwiceIsOneFinding() {
        Fact entry = maria.entered(morning(ENTERED), ApprovalNo.of("MOI-APR-2025-999999"));
        maria.nightlyRowOf(entry);

        assertThat(rule.findings(maria.facts(), context)).singleElement()
                .extracting(Finding::episode).isEqualTo("entry:" + entry.eventId());
    }
}
