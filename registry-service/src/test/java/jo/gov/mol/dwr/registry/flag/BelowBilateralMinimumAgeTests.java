package jo.gov.mol.dwr.registry.flag;

import static jo.gov.mol.dwr.registry.flag.Amman.day;
import static jo.gov.mol.dwr.registry.flag.Amman.morning;
import static jo.gov.mol.dwr.registry.flag.TestFlagContext.context;
import static jo.gov.mol.dwr.registry.flag.Worker.EMPLOYER;
import static jo.gov.mol.dwr.registry.flag.Worker.OFFICE;
import static jo.gov.mol.dwr.registry.flag.Worker.REQUEST;
import static jo.gov.mol.dwr.registry.flag.Worker.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** BELOW_BILATERAL_MINIMUM_AGE: at the request, younger than the nationality's minimum (Philippines: 23). */
class BelowBilateralMinimumAgeTests {
    private static final Instant REQUESTED = morning(day(2025, 5, 1));

    private final BelowBilateralMinimumAge rule = new BelowBilateralMinimumAge();
    private final TestFlagContext context = context();

    @Test
    void aFilipinaTwentyTwoAtHerRequestIsAFindingOnTheRequest() {
        Worker maria = Worker.filipina().bornOn(day(2002, 5, 2));
        Fact request = maria.requested(REQUESTED);

        assertThat(rule.findings(maria.facts(), context)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(RuleCode.BELOW_BILATERAL_MINIMUM_AGE);
            assertThat(finding.episode()).isEqualTo("request:" + REQUEST.value());
            assertThat(finding.raisedAt()).isEqualTo(REQUESTED);
            assertThat(finding.evidence()).containsExactly(request.source());
            assertThat(finding.office()).isEqualTo(OFFICE.value());
            assertThat(finding.employer()).isEqualTo(EMPLOYER.value());
        });
    }

    @Test
    void aFilipinaTurningTwentyThreeOnTheDayOfHerRequestIsNoFinding() {
        Worker maria = Worker.filipina().bornOn(day(2002, 5, 1));
        maria.requested(REQUESTED);

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }

    @Test
    void anEthiopianTwentyOneIsOldEnoughForHerAgreement() {
        Worker hanna = Worker.from("ETH").bornOn(day(2004, 5, 1));
        hanna.requested(REQUESTED);

        assertThat(rule.findings(hanna.facts(), context)).isEmpty();
    }

    @Test
    void onlyTheCurrentVersionOfACorrectedRequestIsJudged() {
        Worker maria = Worker.filipina();
        maria.requested(maria.request(REQUEST, OFFICE, EMPLOYER, usd("400"), day(2004, 1, 1), REQUESTED), REQUESTED);
        maria.requested(maria.request(REQUEST, OFFICE, EMPLOYER, usd("400"), day(1994, 1, 1), REQUESTED),
                REQUESTED.plusSeconds(86_400));

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }
}
