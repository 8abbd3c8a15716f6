package jo.gov.mol.dwr.registry.flag;

import static jo.gov.mol.dwr.registry.flag.Amman.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** OFFICE_QUOTA_EXCEEDED is judged per licence year: policy.md, "A licence year runs from each anniversary of ValidFrom". */
class OfficeQuotaTests {
    private static final LocalDate VALID_FROM = day(2023, 6, 15);

    @Test
    void aLicenceYearRunsFromEachAnniversaryOfValidFromBothEndsOfTheDayIncluded() {
        assertThat(OfficeQuota.yearStart(VALID_FROM, VALID_FROM)).isEqualTo(VALID_FROM);
        assertThat(OfficeQuota.yearStart(VALID_FROM, day(2024, 6, 14))).isEqualTo(VALID_FROM);
        assertThat(OfficeQuota.yearStart(VALID_FROM, day(2024, 6, 15))).isEqualTo(day(2024, 6, 15));
        assertThat(OfficeQuota.yearStart(VALID_FROM, day(2026, 1, 1))).isEqualTo(day(2025, 6, 15));
    }

    @Test
    void aDayBeforeValidFromFallsInTheYearBeforeIt() {
        assertThat(OfficeQuota.yearStart(VALID_FROM, day(2023, 6, 14))).isEqualTo(day(2022, 6, 15));
        assertThat(OfficeQuota.yearStart(VALID_FROM, day(2021, 6, 15))).isEqualTo(day(2021, 6, 15));
    }

    @Test
    void aLicenceFromTheTwentyNinthOfFebruaryStartsItsYearOnTheTwentyNinthAgainInALeapYear() {
        LocalDate leapDay = day(2024, 2, 29);

        assertThat(OfficeQuota.yearStart(leapDay, day(2025, 2, 27))).isEqualTo(leapDay);
        assertThat(OfficeQuota.yearStart(leapDay, day(2025, 2, 28))).isEqualTo(day(2025, 2, 28));
        assertThat(OfficeQuota.yearStart(leapDay, day(2025, 3, 1))).isEqualTo(day(2025, 2, 28));
        assertThat(OfficeQuota.yearStart(leapDay, day(2028, 2, 28))).isEqualTo(day(2027, 2, 28));
        assertThat(OfficeQuota.yearStart(leapDay, day(2028, 2, 29))).isEqualTo(day(2028, 2, 29));
    }
}
