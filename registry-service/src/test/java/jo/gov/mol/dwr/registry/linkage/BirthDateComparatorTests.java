package jo.gov.mol.dwr.registry.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;

import org.junit.jupiter.api.Test;

class BirthDateComparatorTests {

    private final BirthDateComparator<String> dates = new BirthDateComparator<>("birthDate", Function.identity());

    @Test
    void tellsTypingSlipsFromOtherDates() {
        assertThat(level("19940715", "19940715")).isEqualTo("EXACT");
        assertThat(level("19940703", "19940307")).isEqualTo("DAY_MONTH_SWAPPED");
        assertThat(level("19940715", "19940716")).isEqualTo("ONE_DIGIT");
        assertThat(level("19940715", "19490715")).isEqualTo("ONE_DIGIT");
        assertThat(level("19940715", "19941203")).isEqualTo("SAME_YEAR");
        assertThat(level("19940715", "19881203")).isEqualTo("DIFFERENT");
    }

    @Test
    void countsAnImpossibleTypedDateAsATypo() {
        assertThat(level("19150231", "19150221")).isEqualTo("ONE_DIGIT");
    }

    @Test
    void weighsNothingWithoutTwoDates() {
        assertThat(dates.compare("19940715", null)).isEqualTo(FieldComparator.MISSING);
        assertThat(dates.compare("1994071", "19940715")).isEqualTo(FieldComparator.MISSING);
    }

    private String level(String a, String b) {
        return dates.levels().get(dates.compare(a, b));
    }
}
