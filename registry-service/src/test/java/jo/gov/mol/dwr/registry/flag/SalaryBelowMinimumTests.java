package jo.gov.mol.dwr.registry.flag;

import static jo.gov.mol.dwr.registry.flag.Amman.day;
import static jo.gov.mol.dwr.registry.flag.Amman.morning;
import static jo.gov.mol.dwr.registry.flag.TestFlagContext.context;
import static jo.gov.mol.dwr.registry.flag.Worker.EMPLOYER;
import static jo.gov.mol.dwr.registry.flag.Worker.OFFICE;
import static jo.gov.mol.dwr.registry.flag.Worker.REQUEST;
import static jo.gov.mol.dwr.registry.flag.Worker.jod;
import static jo.gov.mol.dwr.registry.flag.Worker.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.canonical.AttestationStatus;
import jo.gov.mol.dwr.mappings.canonical.ContractAttested;

/** SALARY_BELOW_MINIMUM: a request's or an attestation's salary below the nationality's minimum (PHL: USD 400). */
class SalaryBelowMinimumTests {
    private static final Instant REQUESTED = morning(day(2025, 5, 1));

    private final SalaryBelowMinimum rule = new SalaryBelowMinimum();
    private final TestFlagContext context = context();
    private final Worker maria = Worker.filipina();

    @Test
    void aRequestAtOneCentBelowTheMinimumIsAFindingOnTheRequest() {
        Fact request = maria.requested(REQUEST, usd("399.99"), REQUESTED);

        assertThat(rule.findings(maria.facts(), context)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(RuleCode.SALARY_BELOW_MINIMUM);
            assertThat(finding.episode()).isEqualTo("request:" + REQUEST.value());
            assertThat(finding.raisedAt()).isEqualTo(REQUESTED);
            assertThat(finding.evidence()).containsExactly(request.source());
            assertThat(finding.office()).isEqualTo(OFFICE.value());
            assertThat(finding.employer()).isEqualTo(EMPLOYER.value());
        });
    }

    @Test
    void aRequestExactlyAtTheMinimumIsNoFinding() {
        maria.requested(REQUEST, usd("400"), REQUESTED);

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }

    @Test
    void aSalaryInDinarsIsComparedInDollarsAtTheRateInForce() {
        // 283.69 JOD × 1.41 = 400.0029 USD; 283.68 JOD × 1.41 = 399.9888 USD
        maria.requested(REQUEST, jod("283.69"), REQUESTED);
        assertThat(rule.findings(maria.facts(), context)).isEmpty();

        Worker ana = Worker.filipina();
        ana.requested(REQUEST, jod("283.68"), REQUESTED);
        assertThat(rule.findings(ana.facts(), context)).hasSize(1);
    }

    @Test
    void anAttestationBelowTheMinimumIsAFindingOnTheAttestationForItsOfficeAndEmployer() {
        Fact attestation = maria.attested(day(2025, 3, 1), AttestationStatus.ATTESTED, usd("350"), OFFICE);
        ContractAttested attested = attestation.as(ContractAttested.class);

        assertThat(rule.findings(maria.facts(), context)).singleElement().satisfies(finding -> {
            assertThat(finding.episode()).isEqualTo("attestation:PHL:" + attested.attestationRef().value());
            assertThat(finding.raisedAt()).isEqualTo(attestation.businessTime());
            assertThat(finding.evidence()).containsExactly(attestation.source());
            assertThat(finding.office()).isEqualTo(OFFICE.value());
            assertThat(finding.employer()).isEqualTo(EMPLOYER.value());
        });
    }

    @Test
    void aRequestCorrectedUpToTheMinimumIsNoLongerAFinding() {
        maria.requested(maria.request(REQUEST, OFFICE, EMPLOYER, usd("350"), day(1990, 6, 15), REQUESTED), REQUESTED);
        maria.requested(maria.request(REQUEST, OFFICE, EMPLOYER, usd("400"), day(1990, 6, 15), REQUESTED),
                REQUESTED.plusSeconds(3600));

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }

    @Test
    void aCorrectionDownBelowTheMinimumIsJudgedOnItsOwnEvenWhenItArrivesFirst() {
        // the correction was sent later but reached the hub before the original: versions go by SentAt
        Fact original = maria.requested(maria.request(REQUEST, OFFICE, EMPLOYER, usd("400"), day(1990, 6, 15),
                REQUESTED), REQUESTED);
        Fact correction = maria.requested(maria.request(REQUEST, OFFICE, EMPLOYER, usd("300"), day(1990, 6, 15),
                REQUESTED), REQUESTED.plusSeconds(3600));
        Fact lateOriginal = new Fact(original.eventId(), original.event(), original.source(), original.businessTime(),
                original.sentAt(), correction.receivedAt().plusSeconds(60));

        PersonFacts facts = new PersonFacts(maria.personId(), java.util.List.of(correction, lateOriginal));
        assertThat(rule.findings(facts, context)).singleElement()
                .extracting(Finding::evidence).asList().containsExactly(correction.source());
    }
}
