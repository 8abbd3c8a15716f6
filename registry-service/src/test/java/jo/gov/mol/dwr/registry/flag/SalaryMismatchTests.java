package jo.gov.mol.dwr.registry.flag;

import static jo.gov.mol.dwr.registry.flag.Amman.day;
import static jo.gov.mol.dwr.registry.flag.Amman.morning;
import static jo.gov.mol.dwr.registry.flag.TestFlagContext.context;
import static jo.gov.mol.dwr.registry.flag.Worker.EMPLOYER;
import static jo.gov.mol.dwr.registry.flag.Worker.OFFICE;
import static jo.gov.mol.dwr.registry.flag.Worker.OTHER_OFFICE;
import static jo.gov.mol.dwr.registry.flag.Worker.REQUEST;
import static jo.gov.mol.dwr.registry.flag.Worker.usd;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.canonical.AttestationStatus;

/** SALARY_MISMATCH: the attested salary differs from MoL's by more than 10 % of MoL's (here: USD 500). */
class SalaryMismatchTests {
    private final SalaryMismatch rule = new SalaryMismatch();
    private final TestFlagContext context = context();
    private final Worker maria = Worker.filipina();
    private final Fact request = maria.requested(REQUEST, usd("500"), morning(day(2025, 2, 1)));

    @Test
    void anAttestationExactlyTenPercentOffIsNoFinding() {
        maria.attested(day(2025, 3, 1), AttestationStatus.ATTESTED, usd("450"), OFFICE);
        assertThat(rule.findings(maria.facts(), context)).isEmpty();

        Worker ana = Worker.filipina();
        ana.requested(REQUEST, usd("500"), morning(day(2025, 2, 1)));
        ana.attested(day(2025, 3, 1), AttestationStatus.ATTESTED, usd("550"), OFFICE);
        assertThat(rule.findings(ana.facts(), context)).isEmpty();
    }

    @Test
    void anAttestationTenPointZeroOnePercentOffIsAFindingOnTheRequestRaisedWhenTheLaterOfTheTwoArrived() {
        Fact attestation = maria.attested(day(2025, 3, 1), AttestationStatus.ATTESTED, usd("449.95"), OFFICE);

        assertThat(rule.findings(maria.facts(), context)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(RuleCode.SALARY_MISMATCH);
            assertThat(finding.episode()).isEqualTo("request:" + REQUEST.value());
            assertThat(finding.raisedAt()).isEqualTo(attestation.businessTime());
            assertThat(finding.evidence()).containsExactly(request.source(), attestation.source());
            assertThat(finding.office()).isEqualTo(OFFICE.value());
            assertThat(finding.employer()).isEqualTo(EMPLOYER.value());
        });
    }

    @Test
    void anAttestationOfAContractWithAnotherOfficeIsNotCompared() {
        maria.attested(day(2025, 3, 1), AttestationStatus.ATTESTED, usd("300"), OTHER_OFFICE);

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }
}
