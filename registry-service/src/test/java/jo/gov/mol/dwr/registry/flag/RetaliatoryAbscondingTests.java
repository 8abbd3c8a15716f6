package jo.gov.mol.dwr.registry.flag;

import static jo.gov.mol.dwr.registry.flag.Amman.day;
import static jo.gov.mol.dwr.registry.flag.Amman.midnight;
import static jo.gov.mol.dwr.registry.flag.TestFlagContext.context;
import static jo.gov.mol.dwr.registry.flag.Worker.EMPLOYER;
import static jo.gov.mol.dwr.registry.flag.Worker.OTHER_EMPLOYER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.canonical.AbscondingReported;
import jo.gov.mol.dwr.mappings.canonical.Complainant;
import jo.gov.mol.dwr.mappings.canonical.WelfareCategory;

/** RETALIATORY_ABSCONDING: an absconding report within 14 days after a complaint by or for the worker. */
class RetaliatoryAbscondingTests {
    private static final LocalDate FILED = day(2025, 5, 1);

    private final RetaliatoryAbsconding rule = new RetaliatoryAbsconding();
    private final TestFlagContext context = context();
    private final Worker maria = Worker.filipina();

    @Test
    void aReportOnTheFourteenthDayAfterHerComplaintIsAFindingOnTheEmployer() {
        Fact complaint = maria.complained(Complainant.WORKER, EMPLOYER, FILED);
        Fact report = maria.reportedAbsconding(EMPLOYER, FILED.plusDays(14));

        assertThat(rule.findings(maria.facts(), context)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(RuleCode.RETALIATORY_ABSCONDING);
            assertThat(finding.episode())
                    .isEqualTo("absconding:" + report.as(AbscondingReported.class).reportId().value());
            assertThat(finding.raisedAt()).isEqualTo(midnight(FILED.plusDays(14)));
            assertThat(finding.evidence()).containsExactly(report.source(), complaint.source());
            assertThat(finding.employer()).isEqualTo(EMPLOYER.value());
        });
    }

    @Test
    void aReportOnTheFifteenthDayIsNoFinding() {
        maria.complained(Complainant.WORKER, EMPLOYER, FILED);
        maria.reportedAbsconding(EMPLOYER, FILED.plusDays(15));

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }

    @Test
    void aReportTheDayBeforeTheComplaintIsNoFinding() {
        maria.complained(Complainant.WORKER, EMPLOYER, FILED);
        maria.reportedAbsconding(EMPLOYER, FILED.minusDays(1));

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }

    @Test
    void complaintsByAnEmbassyAnNgoOrAnInspectorCountButNotTheEmployersOwn() {
        for (Complainant filedBy : Complainant.values()) {
            Worker worker = Worker.filipina();
            worker.complained(filedBy, EMPLOYER, FILED);
            worker.reportedAbsconding(EMPLOYER, FILED.plusDays(3));

            assertThat(rule.findings(worker.facts(), context)).as("filed by %s", filedBy)
                    .hasSize(filedBy == Complainant.EMPLOYER ? 0 : 1);
        }
    }

    @Test
    void aComplaintAgainstAnotherEmployerIsNoFinding() {
        maria.complained(Complainant.WORKER, OTHER_EMPLOYER, FILED);
        maria.reportedAbsconding(EMPLOYER, FILED.plusDays(3));

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }

    @Test
    void anEmbassyWelfareCaseOfCategoryComplaintNamingTheEmployerCounts() {
        Fact welfareCase = maria.welfareCase(WelfareCategory.COMPLAINT, FILED, EMPLOYER);
        Fact report = maria.reportedAbsconding(EMPLOYER, FILED.plusDays(14));

        assertThat(rule.findings(maria.facts(), context)).singleElement()
                .extracting(Finding::evidence).asList().containsExactly(report.source(), welfareCase.source());
    }
}
