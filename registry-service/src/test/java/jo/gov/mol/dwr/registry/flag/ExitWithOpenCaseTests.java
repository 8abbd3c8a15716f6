package jo.gov.mol.dwr.registry.flag;

import static jo.gov.mol.dwr.registry.flag.Amman.day;
import static jo.gov.mol.dwr.registry.flag.Amman.morning;
import static jo.gov.mol.dwr.registry.flag.TestFlagContext.context;
import static jo.gov.mol.dwr.registry.flag.Worker.EMPLOYER;
import static jo.gov.mol.dwr.registry.flag.Worker.reference;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.canonical.Complainant;
import jo.gov.mol.dwr.mappings.canonical.ComplaintStatus;
import jo.gov.mol.dwr.mappings.canonical.Reference;
import jo.gov.mol.dwr.mappings.canonical.WelfareCategory;

/** EXIT_WITH_OPEN_CASE: an exit while a complaint (latest version sent by then) or a welfare case is open. */
class ExitWithOpenCaseTests {
    private static final LocalDate FILED = day(2025, 3, 1);
    private static final Instant EXIT = morning(day(2025, 5, 1));

    private final ExitWithOpenCase rule = new ExitWithOpenCase();
    private final TestFlagContext context = context();
    private final Worker maria = Worker.filipina();
    private final Reference complaintId = reference("CMP");

    @Test
    void anExitWhileHerComplaintIsOpenIsAFindingOnTheExit() {
        Fact complaint = maria.complained(complaintId, Complainant.WORKER, EMPLOYER, FILED, ComplaintStatus.OPEN,
                morning(FILED));
        Fact exit = maria.exited(EXIT);

        assertThat(rule.findings(maria.facts(), context)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(RuleCode.EXIT_WITH_OPEN_CASE);
            assertThat(finding.episode()).isEqualTo("exit:" + exit.eventId());
            assertThat(finding.raisedAt()).isEqualTo(EXIT);
            assertThat(finding.evidence()).containsExactly(exit.source(), complaint.source());
        });
    }

    @Test
    void aComplaintClosedByAVersionSentBeforeTheExitIsNoFinding() {
        maria.complained(complaintId, Complainant.WORKER, EMPLOYER, FILED, ComplaintStatus.OPEN, morning(FILED));
        maria.complained(complaintId, Complainant.WORKER, EMPLOYER, FILED, ComplaintStatus.UNSUBSTANTIATED,
                EXIT.minusSeconds(60));
        maria.exited(EXIT);

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }

    @Test
    void aComplaintClosedOnlyAfterTheExitWasOpenWhenSheLeft() {
        Fact open = maria.complained(complaintId, Complainant.WORKER, EMPLOYER, FILED, ComplaintStatus.OPEN,
                morning(FILED));
        maria.complained(complaintId, Complainant.WORKER, EMPLOYER, FILED, ComplaintStatus.SUBSTANTIATED,
                EXIT.plusSeconds(60));
        Fact exit = maria.exited(EXIT);

        assertThat(rule.findings(maria.facts(), context)).singleElement()
                .extracting(Finding::evidence).asList().containsExactly(exit.source(), open.source());
    }

    @Test
    void aShelterAdmissionIsOpenOnItsNinetiethDayAndClosedOnTheNinetyFirst() {
        Fact shelter = maria.welfareCase(WelfareCategory.SHELTER_ADMISSION, FILED);
        Fact exit = maria.exited(morning(FILED.plusDays(90)));
        assertThat(rule.findings(maria.facts(), context)).singleElement()
                .extracting(Finding::evidence).asList().containsExactly(exit.source(), shelter.source());

        Worker ana = Worker.filipina();
        ana.welfareCase(WelfareCategory.SHELTER_ADMISSION, FILED);
        ana.exited(morning(FILED.plusDays(91)));
        assertThat(rule.findings(ana.facts(), context)).isEmpty();
    }

    @Test
    void aRepatriationRequestIsNeverOpenForAnExit() {
        maria.welfareCase(WelfareCategory.REPATRIATION_REQUEST, FILED);
        maria.exited(morning(FILED.plusDays(10)));

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }
}
