package jo.gov.mol.dwr.registry.flag;

import static jo.gov.mol.dwr.registry.flag.Amman.day;
import static jo.gov.mol.dwr.registry.flag.Amman.morning;
import static jo.gov.mol.dwr.registry.flag.TestFlagContext.context;
import static jo.gov.mol.dwr.registry.flag.Worker.EMPLOYER;
import static jo.gov.mol.dwr.registry.flag.Worker.OFFICE;
import static jo.gov.mol.dwr.registry.flag.Worker.REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.registry.source.SourceRef;

/** REPEAT_ABUSE_EMPLOYER: 2 or more substantiated abuse complaints from different workers in the 24 months before. */
class RepeatAbuseEmployerTests {
    private static final LocalDate REQUESTED = day(2025, 5, 1);

    private final RepeatAbuseEmployer rule = new RepeatAbuseEmployer();
    private final TestFlagContext context = context();
    private final Worker maria = Worker.filipina();

    @Test
    void twoWorkersComplaintsWithinTwentyFourMonthsMakeTheRequestAFindingOnTheEmployer() {
        SourceRef first = context.substantiatedAbuse(EMPLOYER, "person:11", REQUESTED.minusMonths(24));
        SourceRef second = context.substantiatedAbuse(EMPLOYER, "person:12", REQUESTED.minusDays(1));
        Fact request = maria.requested(morning(REQUESTED));

        assertThat(rule.findings(maria.facts(), context)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(RuleCode.REPEAT_ABUSE_EMPLOYER);
            assertThat(finding.episode()).isEqualTo("request:" + REQUEST.value());
            assertThat(finding.raisedAt()).isEqualTo(request.businessTime());
            assertThat(finding.evidence()).containsExactly(request.source(), first, second);
            assertThat(finding.employer()).isEqualTo(EMPLOYER.value());
            assertThat(finding.office()).isEqualTo(OFFICE.value());
        });
    }

    @Test
    void twoComplaintsOfOneWorkerAreNoFinding() {
        context.substantiatedAbuse(EMPLOYER, "person:11", REQUESTED.minusMonths(3));
        context.substantiatedAbuse(EMPLOYER, "person:11", REQUESTED.minusMonths(1));
        maria.requested(morning(REQUESTED));

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }

    @Test
    void aComplaintFiledTwentyFourMonthsAndOneDayBeforeIsOutsideTheWindow() {
        context.substantiatedAbuse(EMPLOYER, "person:11", REQUESTED.minusMonths(24).minusDays(1));
        context.substantiatedAbuse(EMPLOYER, "person:12", REQUESTED.minusMonths(1));
        maria.requested(morning(REQUESTED));

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }

    @Test
    void aComplaintFiledAfterTheRequestDoesNotCountForIt() {
        context.substantiatedAbuse(EMPLOYER, "person:11", REQUESTED.minusMonths(1));
        context.substantiatedAbuse(EMPLOYER, "person:12", REQUESTED.plusDays(1));
        maria.requested(morning(REQUESTED));

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }
}
