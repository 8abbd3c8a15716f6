package jo.gov.mol.dwr.sandbox.border;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.border.mrz.InvalidMrzException;
import jo.gov.mol.dwr.mappings.border.mrz.Td3Mrz;
import jo.gov.mol.dwr.mappings.canonical.CrossingPoint;
import jo.gov.mol.dwr.mappings.canonical.Direction;

class NightlyFilesTests {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    @Test
    void writesTheRowsAskedBrokenWithAMisreadCompositeCheckDigitAndNamesTheirLines() {
        List<Crossing> crossings = List.of(crossing("P1234567A", 1), crossing("P7654321B", 2), crossing("P1111111C", 3));

        List<CrossingsFile> files = NightlyFiles.compose(crossings, c -> c == crossings.get(1));

        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("CROSSINGS_AMM_20250301.csv");
            assertThat(file.point()).isEqualTo(CrossingPoint.AMM);
            assertThat(file.day()).isEqualTo(DAY);
            assertThat(file.badLines()).containsExactly(3L);
            String[] lines = new String(file.content(), StandardCharsets.UTF_8).split("\n");
            assertThat(lines).hasSize(5);
            assertThat(lines[4]).isEqualTo("#TOTAL,3");
            Td3Mrz.parse(mrzLine1(lines[1]), mrzLine2(lines[1]), DAY);
            Td3Mrz.parse(mrzLine1(lines[3]), mrzLine2(lines[3]), DAY);
            assertThatThrownBy(() -> Td3Mrz.parse(mrzLine1(lines[2]), mrzLine2(lines[2]), DAY))
                    .isInstanceOf(InvalidMrzException.class).hasMessageContaining("composite");
            assertThat(mrzLine2(lines[2])).hasSize(44).isNotEqualTo(crossings.get(1).mrz().line2())
                    .startsWith(crossings.get(1).mrz().line2().substring(0, 43));
        });
    }

    @Test
    void writesEveryRowRightUnlessAsked() {
        List<CrossingsFile> files = NightlyFiles.compose(List.of(crossing("P1234567A", 1)), c -> false);

        assertThat(files).singleElement().satisfies(file -> assertThat(file.badLines()).isEmpty());
    }

    private static Crossing crossing(String passportNo, int hour) {
        Passport passport = Passport.of(passportNo, "PHL", "DELA CRUZ", "MARIA CLARA", LocalDate.of(1994, 7, 15), "F",
                LocalDate.of(2031, 7, 14));
        Instant at = DAY.atTime(hour, 0).atZone(java.time.ZoneId.of("Asia/Amman")).toInstant();
        return new Crossing(UUID.nameUUIDFromBytes(passportNo.getBytes(StandardCharsets.UTF_8)), CrossingPoint.AMM,
                Direction.ENTRY, at, new Traveller(passport, null), null, false);
    }

    private static String mrzLine1(String row) {
        return row.split(",")[4];
    }

    private static String mrzLine2(String row) {
        return row.split(",")[5];
    }
}
