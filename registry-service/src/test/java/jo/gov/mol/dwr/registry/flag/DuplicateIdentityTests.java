package jo.gov.mol.dwr.registry.flag;

import static jo.gov.mol.dwr.registry.flag.Amman.day;
import static jo.gov.mol.dwr.registry.flag.Amman.morning;
import static jo.gov.mol.dwr.registry.flag.TestFlagContext.context;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.registry.source.SourceRef;

/** DUPLICATE_IDENTITY: one passport of one issuing state used by two different people; one flag per passport. */
class DuplicateIdentityTests {
    private final DuplicateIdentity rule = new DuplicateIdentity();
    private final TestFlagContext context = context();
    private final Worker maria = Worker.filipina();

    @Test
    void anotherPersonUsingHerPassportLaterIsRaisedAtTheirFirstUse() {
        Fact request = maria.requested(morning(day(2025, 2, 1)));
        maria.entered(morning(day(2025, 5, 1)), null);
        SourceRef other = context.otherPersonUsing(maria.passport(), maria.personId() + 1000, morning(day(2025, 3, 1)));

        assertThat(rule.findings(maria.facts(), context)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(RuleCode.DUPLICATE_IDENTITY);
            assertThat(finding.episode()).isEqualTo("passport:" + maria.passport().key());
            assertThat(finding.raisedAt()).isEqualTo(morning(day(2025, 3, 1)));
            assertThat(finding.evidence()).containsExactly(request.source(), other);
        });
    }

    @Test
    void anotherPersonWhoUsedItFirstMakesHerFirstUseTheSecond() {
        Fact request = maria.requested(morning(day(2025, 2, 1)));
        context.otherPersonUsing(maria.passport(), maria.personId() + 1000, morning(day(2024, 3, 1)));

        assertThat(rule.findings(maria.facts(), context)).singleElement()
                .extracting(Finding::raisedAt).isEqualTo(request.businessTime());
    }

    @Test
    void aPassportOnlySheUsesIsNoFinding() {
        maria.requested(morning(day(2025, 2, 1)));
        maria.entered(morning(day(2025, 5, 1)), null);

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }
}
