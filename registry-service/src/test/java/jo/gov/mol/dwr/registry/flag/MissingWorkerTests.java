package jo.gov.mol.dwr.registry.flag;

import static jo.gov.mol.dwr.registry.flag.Amman.day;
import static jo.gov.mol.dwr.registry.flag.Amman.midnight;
import static jo.gov.mol.dwr.registry.flag.Amman.morning;
import static jo.gov.mol.dwr.registry.flag.TestFlagContext.context;
import static jo.gov.mol.dwr.registry.flag.Worker.EMPLOYER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.canonical.AbscondingReported;
import jo.gov.mol.dwr.mappings.canonical.WelfareCaseRecorded;
import jo.gov.mol.dwr.mappings.canonical.WelfareCategory;

/** MISSING_WORKER: a missing or absconding report and 30 days with no exit and no new event of the worker. */
class MissingWorkerTests {
    private static final LocalDate REPORTED = day(2025, 5, 1);
    private static final Instant THIRTY_DAYS_PASSED = midnight(day(2025, 6, 1));

    private final MissingWorker rule = new MissingWorker();
    private final TestFlagContext context = context();
    private final Worker maria = Worker.filipina();

    @Test
    void anAbscondingReportStandingThirtyDaysIsRaisedAtMidnightAfterTheThirtieth() {
        maria.requested(morning(day(2025, 1, 10)));
        Fact report = maria.reportedAbsconding(EMPLOYER, REPORTED);

        assertThat(rule.findings(maria.facts(), context.clockAt(THIRTY_DAYS_PASSED))).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.rule()).isEqualTo(RuleCode.MISSING_WORKER);
                    assertThat(finding.episode()).isEqualTo("missing:AbscondingReported:"
                            + report.as(AbscondingReported.class).reportId().value());
                    assertThat(finding.raisedAt()).isEqualTo(THIRTY_DAYS_PASSED);
                    assertThat(finding.evidence()).containsExactly(report.source());
                });
    }

    @Test
    void oneSecondBeforeIsNotYetAFinding() {
        maria.reportedAbsconding(EMPLOYER, REPORTED);

        assertThat(rule.findings(maria.facts(), context.clockAt(THIRTY_DAYS_PASSED.minusSeconds(1)))).isEmpty();
    }

    @Test
    void anExitWithinTheThirtyDaysIsNoFinding() {
        maria.reportedAbsconding(EMPLOYER, REPORTED);
        maria.exited(morning(REPORTED.plusDays(20)));

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }

    @Test
    void anyNewEventOfTheWorkerIsASignOfLife() {
        maria.reportedAbsconding(EMPLOYER, REPORTED);
        maria.welfareCase(WelfareCategory.SHELTER_ADMISSION, REPORTED.plusDays(5));

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }

    @Test
    void anEmbassysMissingWorkerReportIsJudgedTheSameWay() {
        Fact missing = maria.welfareCase(WelfareCategory.MISSING_WORKER, REPORTED);

        assertThat(rule.findings(maria.facts(), context.clockAt(THIRTY_DAYS_PASSED))).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.episode()).isEqualTo("missing:WelfareCaseRecorded:"
                            + missing.as(WelfareCaseRecorded.class).caseRef().value());
                    assertThat(finding.raisedAt()).isEqualTo(THIRTY_DAYS_PASSED);
                    assertThat(finding.evidence()).containsExactly(missing.source());
                });
    }
}
