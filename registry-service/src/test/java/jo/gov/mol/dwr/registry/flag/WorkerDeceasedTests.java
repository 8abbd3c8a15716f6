package jo.gov.mol.dwr.registry.flag;

import static jo.gov.mol.dwr.registry.flag.Amman.day;
import static jo.gov.mol.dwr.registry.flag.TestFlagContext.context;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.canonical.WelfareCategory;

/** WORKER_DECEASED: an embassy reports the worker deceased; one flag per person. */
class WorkerDeceasedTests {
    private final WorkerDeceased rule = new WorkerDeceased();
    private final TestFlagContext context = context();
    private final Worker maria = Worker.filipina();

    @Test
    void anEmbassysDeathReportIsAFindingOnThePersonRaisedAtTheReport() {
        Fact death = maria.welfareCase(WelfareCategory.DECEASED, day(2025, 5, 1));

        assertThat(rule.findings(maria.facts(), context)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(RuleCode.WORKER_DECEASED);
            assertThat(finding.episode()).isEqualTo("person:" + maria.personId());
            assertThat(finding.raisedAt()).isEqualTo(death.businessTime());
            assertThat(finding.evidence()).containsExactly(death.source());
        });
    }

    @Test
    void twoDeathReportsAreOneFindingWithBothAsEvidence() {
        Fact first = maria.welfareCase(WelfareCategory.DECEASED, day(2025, 5, 1));
        Fact second = maria.welfareCase(WelfareCategory.DECEASED, day(2025, 5, 3));

        assertThat(rule.findings(maria.facts(), context)).singleElement().satisfies(finding -> {
            assertThat(finding.raisedAt()).isEqualTo(first.businessTime());
            assertThat(finding.evidence()).containsExactly(first.source(), second.source());
        });
    }

    @Test
    void otherWelfareCasesAreNoFinding() {
        for (WelfareCategory category : WelfareCategory.values()) {
            if (category != WelfareCategory.DECEASED) {
                maria.welfareCase(category, day(2025, 5, 1));
            }
        }

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }
}
