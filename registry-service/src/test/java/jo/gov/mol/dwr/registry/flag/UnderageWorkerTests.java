package jo.gov.mol.dwr.registry.flag;

import static jo.gov.mol.dwr.registry.flag.Amman.day;
import static jo.gov.mol.dwr.registry.flag.Amman.morning;
import static jo.gov.mol.dwr.registry.flag.TestFlagContext.context;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.canonical.Direction;

/** UNDERAGE_WORKER: under 18 on the date of any event, by the youngest birth date any linked source states. */
class UnderageWorkerTests {
    private final UnderageWorker rule = new UnderageWorker();
    private final TestFlagContext context = context();

    @Test
    void aWorkerSeventeenAtHerRequestIsAFindingOnThePersonRaisedAtTheRequest() {
        Worker maria = Worker.filipina().bornOn(day(2007, 5, 2));
        Fact request = maria.requested(morning(day(2025, 5, 1)));

        assertThat(rule.findings(maria.facts(), context)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(RuleCode.UNDERAGE_WORKER);
            assertThat(finding.episode()).isEqualTo("person:" + maria.personId());
            assertThat(finding.raisedAt()).isEqualTo(request.businessTime());
            assertThat(finding.evidence()).containsExactly(request.source());
        });
    }

    @Test
    void aWorkerEighteenOnTheDayOfHerRequestIsNoFinding() {
        Worker maria = Worker.filipina().bornOn(day(2007, 5, 1));
        maria.requested(morning(day(2025, 5, 1)));

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }

    @Test
    void theAgeIsTakenOnTheAmmanDateOfTheEvent() {
        // 30 April 22:30 UTC is 01:30 on 1 May in Amman, her eighteenth birthday
        Worker maria = Worker.filipina().bornOn(day(2007, 5, 1));
        maria.requested(Instant.parse("2025-04-30T22:30:00Z"));

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }

    @Test
    void theYoungestBirthDateOfAnySourceJudgesAndIsInTheEvidence() {
        Worker maria = Worker.filipina().bornOn(day(1995, 1, 1));
        Fact request = maria.requested(morning(day(2025, 2, 1)));
        // her passport, read at the border, says she was born in 2008: made older on paper
        Fact entry = maria.crossed(Direction.ENTRY, morning(day(2025, 5, 1)), null, day(2008, 3, 1));

        assertThat(rule.findings(maria.facts(), context)).singleElement().satisfies(finding -> {
            assertThat(finding.raisedAt()).isEqualTo(request.businessTime());
            assertThat(finding.evidence()).containsExactly(request.source(), entry.source());
        });
    }
}
