package jo.gov.mol.dwr.registry.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which rule set is in force on a date. */
class RuleSetHistoryTests {
    private static final Rules DEFAULTS = DefaultRuleSet.read().rules();

    private final RuleSetHistory history = new RuleSetHistory(List.of(
            ruleSet(1, "2020-01-01"),
            ruleSet(2, "2026-07-01"),
            ruleSet(3, "2025-03-15"),
            ruleSet(4, "2026-07-01")));

    @Test
    void theLatestEffectiveDateOnOrBeforeTheDateDecides() {
        assertThat(history.inForceOn(LocalDate.parse("2020-01-01")).version()).isEqualTo(1);
        assertThat(history.inForceOn(LocalDate.parse("2025-03-14")).version()).isEqualTo(1);
        assertThat(history.inForceOn(LocalDate.parse("2025-03-15")).version()).isEqualTo(3);
        assertThat(history.inForceOn(LocalDate.parse("2026-06-30")).version()).isEqualTo(3);
    }

    @Test
    void twoVersionsEffectiveOnOneDateGoToTheHigherVersion() {
        assertThat(history.inForceOn(LocalDate.parse("2026-07-01")).version()).isEqualTo(4);
        assertThat(history.inForceOn(LocalDate.parse("2031-01-01")).version()).isEqualTo(4);
    }

    @Test
    void aDateBeforeEveryEffectiveDateIsJudgedByTheFirstRuleSetInForce() {
        assertThat(history.inForceOn(LocalDate.parse("2019-12-31")).version()).isEqualTo(1);
        assertThat(history.inForceOn(LocalDate.parse("1990-05-01")).version()).isEqualTo(1);
    }

    @Test
    void theFirstInForceIsTheHigherVersionWhenTwoShareTheEarliestDate() {
        RuleSetHistory twoFirsts = new RuleSetHistory(List.of(ruleSet(1, "2020-01-01"), ruleSet(2, "2020-01-01")));

        assertThat(twoFirsts.inForceOn(LocalDate.parse("2019-01-01")).version()).isEqualTo(2);
    }

    @Test
    void listsVersionsNewestFirstAndFindsOneByNumber() {
        assertThat(history.newestFirst()).extracting(RuleSet::version).containsExactly(4, 3, 2, 1);
        assertThat(history.version(3)).map(RuleSet::effectiveFrom).contains(LocalDate.parse("2025-03-15"));
        assertThat(history.version(5)).isEmpty();
        assertThat(history.latestVersion()).isEqualTo(4);
    }

    @Test
    void refusesToJudgeWithoutAnyRuleSet() {
        assertThatIllegalStateException().isThrownBy(() -> new RuleSetHistory(List.of()));
    }

    private static RuleSet ruleSet(int version, String effectiveFrom) {
        return new RuleSet(version, LocalDate.parse(effectiveFrom), "test", "tester", Instant.EPOCH, DEFAULTS);
    }
}
