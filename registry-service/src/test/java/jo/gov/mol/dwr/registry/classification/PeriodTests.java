package jo.gov.mol.dwr.registry.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** The default period: the whole months up to the end of the last complete month. */
class PeriodTests {

    @Test
    void twelveMonthsEndWithTheLastCompleteMonth() {
        Period period = Period.monthsBefore(LocalDate.of(2026, 11, 1), 12);

        assertThat(period).isEqualTo(new Period(YearMonth.of(2025, 11), YearMonth.of(2026, 10)));
        assertThat(period.toString()).isEqualTo("2025-11/2026-10");
        assertThat(period.firstDay()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(period.lastDay()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(Period.monthsBefore(LocalDate.of(2026, 11, 30), 12)).isEqualTo(period);
    }

    @Test
    void theLastDayOfTheMonthIsStillInThePeriodTheFirstOfTheNextIsNot() {
        Period period = Period.monthsBefore(LocalDate.of(2026, 3, 15), 1);

        assertThat(period.contains(LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(period.contains(LocalDate.of(2026, 3, 1))).isFalse();
        assertThat(period.contains(LocalDate.of(2026, 1, 31))).isFalse();
    }
}
