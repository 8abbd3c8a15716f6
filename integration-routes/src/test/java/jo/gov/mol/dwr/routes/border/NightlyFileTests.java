package jo.gov.mol.dwr.routes.border;

import static jo.gov.mol.dwr.routes.border.CrossingSamples.LINE2;
import static jo.gov.mol.dwr.routes.border.CrossingSamples.LINE2_BAD_CHECK_DIGIT;
import static jo.gov.mol.dwr.routes.border.CrossingSamples.NIGHTLY_HEADER;
import static jo.gov.mol.dwr.routes.border.CrossingSamples.nightlyRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.canonical.CrossingPoint;
import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.InvalidMessageException;
import jo.gov.mol.dwr.mappings.validation.ValidationError;

/** Which rows belong to a crossing point's nightly file. */
class NightlyFileTests {

    @Test
    void takesTheCrossingPointFromTheFileName() {
        assertThat(file("CROSSINGS_KHB_20260320.csv", row("KHB", LINE2)).point()).isEqualTo("KHB");
    }

    @Test
    void readsARowOfTheFilesOwnPoint() {
        NightlyFile file = file("CROSSINGS_KHB_20260320.csv", row("KHB", LINE2));

        assertThat(file.crossingOf(file.rows().get(0)).crossingPoint()).isEqualTo(CrossingPoint.KHB);
    }

    @Test
    void refusesARowOfAnotherPointNamingTheField() {
        NightlyFile file = file("CROSSINGS_KHB_20260320.csv", row("AMM", LINE2));

        InvalidMessageException refused = catchThrowableOfType(InvalidMessageException.class,
                () -> file.crossingOf(file.rows().get(0)));

        assertThat(refused.errors()).extracting(ValidationError::field, ValidationError::code)
                .containsExactly(tuple("crossing_point", ErrorCode.CROSSING_POINT_MISMATCH));
    }

    @Test
    void reportsEveryProblemOfARowOfAnotherPointAtOnce() {
        NightlyFile file = file("CROSSINGS_KHB_20260320.csv", row("AMM", LINE2_BAD_CHECK_DIGIT));

        InvalidMessageException refused = catchThrowableOfType(InvalidMessageException.class,
                () -> file.crossingOf(file.rows().get(0)));

        assertThat(refused.errors()).extracting(ValidationError::code)
                .contains(ErrorCode.INVALID_CHECK_DIGIT, ErrorCode.CROSSING_POINT_MISMATCH);
    }

    @Test
    void reportsAnUnknownPointOnlyAsUnknown() {
        NightlyFile file = file("CROSSINGS_KHB_20260320.csv", row("XXX", LINE2));

        InvalidMessageException refused = catchThrowableOfType(InvalidMessageException.class,
                () -> file.crossingOf(file.rows().get(0)));

        assertThat(refused.errors()).extracting(ValidationError::code).containsExactly(ErrorCode.UNKNOWN_CROSSING_POINT);
    }

    private static NightlyFile file(String name, String row) {
        return NightlyFile.parse(name, (NIGHTLY_HEADER + "\n" + row + "\n#TOTAL,1\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String row(String point, String line2) {
        return nightlyRow(UUID.randomUUID().toString(), point, "ENTRY", "20/03/2026 03:12:45", line2);
    }
}
