package jo.gov.mol.dwr.registry.flag;

import static jo.gov.mol.dwr.registry.flag.Amman.day;
import static jo.gov.mol.dwr.registry.flag.TestFlagContext.context;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.canonical.WorkerTransferred;

/** FREQUENT_TRANSFERS: 3 or more transfers within 12 months from a first transfer; one flag per window. */
class FrequentTransfersTests {
    private static final LocalDate FIRST = day(2025, 1, 10);

    private final FrequentTransfers rule = new FrequentTransfers();
    private final TestFlagContext context = context();
    private final Worker maria = Worker.filipina();

    @Test
    void aThirdTransferInTheTwelfthMonthIsAFindingRaisedAtTheThird() {
        Fact first = maria.transferred(FIRST);
        Fact second = maria.transferred(day(2025, 6, 10));
        Fact third = maria.transferred(day(2025, 12, 20));

        assertThat(rule.findings(maria.facts(), context)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(RuleCode.FREQUENT_TRANSFERS);
            assertThat(finding.episode())
                    .isEqualTo("transfers-from:" + first.as(WorkerTransferred.class).transferId().value());
            assertThat(finding.raisedAt()).isEqualTo(third.businessTime());
            assertThat(finding.evidence()).containsExactly(first.source(), second.source(), third.source());
        });
    }

    @Test
    void aThirdTransferTwelveMonthsToTheDayAfterTheFirstIsStillWithinThem() {
        maria.transferred(FIRST);
        maria.transferred(day(2025, 6, 10));
        maria.transferred(FIRST.plusMonths(12));

        assertThat(rule.findings(maria.facts(), context)).hasSize(1);
    }

    @Test
    void aThirdTransferInTheThirteenthMonthIsNoFinding() {
        maria.transferred(FIRST);
        maria.transferred(day(2025, 6, 10));
        maria.transferred(FIRST.plusMonths(12).plusDays(1));

        assertThat(rule.findings(maria.facts(), context)).isEmpty();
    }

    @Test
    void aFourthTransferInTheWindowAddsEvidenceToTheSameFinding() {
        Fact first = maria.transferred(FIRST);
        maria.transferred(day(2025, 3, 10));
        Fact third = maria.transferred(day(2025, 6, 10));
        Fact fourth = maria.transferred(day(2025, 9, 10));

        assertThat(rule.findings(maria.facts(), context)).singleElement().satisfies(finding -> {
            assertThat(finding.episode())
                    .isEqualTo("transfers-from:" + first.as(WorkerTransferred.class).transferId().value());
            assertThat(finding.raisedAt()).isEqualTo(third.businessTime());
            assertThat(finding.evidence()).hasSize(4).endsWith(fourth.source());
        });
    }

    @Test
    void aWindowThatFailsToReachThreeLetsTheNextTransferStartOne() {
        maria.transferred(FIRST);
        Fact second = maria.transferred(day(2025, 12, 10));
        maria.transferred(day(2026, 3, 10));
        maria.transferred(day(2026, 6, 10));

        assertThat(rule.findings(maria.facts(), context)).singleElement().extracting(Finding::episode)
                .isEqualTo("transfers-from:" + second.as(WorkerTransferred.class).transferId().value());
    }
}
