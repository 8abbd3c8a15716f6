package jo.gov.mol.dwr.registry.flag;

import static jo.gov.mol.dwr.registry.flag.Amman.day;
import static jo.gov.mol.dwr.registry.flag.Amman.morning;
import static jo.gov.mol.dwr.registry.flag.TestFlagContext.context;
import static jo.gov.mol.dwr.registry.flag.Worker.APPROVAL;
import static jo.gov.mol.dwr.registry.flag.Worker.EMPLOYER;
import static jo.gov.mol.dwr.registry.flag.Worker.OFFICE;
import static jo.gov.mol.dwr.registry.flag.Worker.REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** DEPLOYMENT_SUSPENDED: a request, or an entry on an approval, for a nationality whose deployment is suspended. */
class DeploymentSuspendedTests {
    private final DeploymentSuspended rule = new DeploymentSuspended();
    private final TestFlagContext context = context().approval(APPROVAL, REQUEST, day(2025, 7, 1));

    @Test
    void aRequestForAnIndonesianIsAFindingOnTheRequestForItsOfficeAndEmployer() {
        Worker siti = Worker.from("IDN");
        Fact request = siti.requested(morning(day(2025, 2, 1)));

        assertThat(rule.findings(siti.facts(), context)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(RuleCode.DEPLOYMENT_SUSPENDED);
            assertThat(finding.episode()).isEqualTo("request:" + REQUEST.value());
            assertThat(finding.raisedAt()).isEqualTo(request.businessTime());
            assertThat(finding.evidence()).containsExactly(request.source());
            assertThat(finding.office()).isEqualTo(OFFICE.value());
            assertThat(finding.employer()).isEqualTo(EMPLOYER.value());
        });
    }

    @Test
    void anEntryOfANepaliOnAnApprovalIsAFindingOnTheEntry() {
        Worker maya = Worker.from("NPL");
        context.requestHolder(REQUEST, maya.personId(), OFFICE);
        Fact entry = maya.entered(morning(day(2025, 5, 1)), APPROVAL);

        assertThat(rule.findings(maya.facts(), context)).singleElement().satisfies(finding -> {
            assertThat(finding.episode()).isEqualTo("entry:" + entry.eventId());
            assertThat(finding.raisedAt()).isEqualTo(entry.businessTime());
            assertThat(finding.evidence()).containsExactly(entry.source());
            assertThat(finding.office()).isEqualTo(OFFICE.value());
        });
    }

    @Test
    void aRequestAndAnEntryForAFilipinaWhoseDeploymentIsOpenAreNoFinding() {
        Worker maria = Worker.filipina();
        maria.requested(morning(day(2025, 2, 1)));
        maria.entered(morning(day(2025, 5, 1)), APPROVAL);

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }
}
