package jo.gov.mol.dwr.sandbox.nation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jo.gov.mol.dwr.mappings.canonical.LicenceStatus;
import jo.gov.mol.dwr.sandbox.mol.MolNames;

class OfficeQualityTests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Office GOOD = office("L-1", LicenceStatus.ACTIVE, false);
    private static final Office BAD = office("L-2", LicenceStatus.ACTIVE, true);
    private static final Office SMALL_AND_BAD = office("L-3", LicenceStatus.ACTIVE, true);
    private static final Office SUSPENDED = office("L-4", LicenceStatus.SUSPENDED, false);
    private static final Office LAPSED = new Office("L-5", MolNames.office(0), "AMM", LicenceStatus.ACTIVE,
            LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31), 100, false, null);
    private static final Office MISSED = office("L-6", LicenceStatus.ACTIVE, true);
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

    @Test
    void findsTheBadOfficesAmongThoseProposedUnderWatchOrFailingAndJudgesOnlyThoseRated() throws Exception {
        List<JsonNode> classified = List.of(
                pending("L-1", "C", 61.5, 14),
                pending("L-2", "D", 38.0, 22),
                pending("L-3", "UNRATED", null, 4),
                pending("L-6", "B", 74.0, 30),
                pending("L-4", "D", 80.0, 12),
                pending("L-5", "D", 90.0, 0));

        OfficeQuality quality = OfficeQuality.of(List.of(GOOD, BAD, SMALL_AND_BAD, SUSPENDED, LAPSED, MISSED), LAST_DAY, classified);

        // the suspended office and the one whose licence ran out are D by their licence, not by their record: they are
        // left out of precision
        assertThat(quality.flagged()).isEqualTo(2);
        assertThat(quality.rightly()).isEqualTo(1);
        assertThat(quality.precision()).isEqualTo(0.5);
        // a bad office too small to rate is not judged; one rated B is missed
        assertThat(quality.found()).isEqualTo(1);
        assertThat(quality.badRated()).isEqualTo(2);
        assertThat(quality.recall()).isEqualTo(0.5);
        assertThat(quality.rated()).extracting(OfficeQuality.Classed::licenceNo).containsExactly("L-1", "L-2", "L-6");
        assertThat(quality.byClass()).containsEntry("D", 3L).containsEntry("C", 1L).containsEntry("UNRATED", 1L);
        assertThat(quality.bad()).containsExactly(new OfficeQuality.Classed("L-2", "D", "38.0", 22),
                new OfficeQuality.Classed("L-3", "UNRATED", "-", 4), new OfficeQuality.Classed("L-6", "B", "74.0", 30));
    }

    @Test
    void readsTheClassInForceWhereNothingIsPendingAndNamesAnOfficeNeverClassified() throws Exception {
        JsonNode confirmed = JSON.readTree("""
                {"licenceNo": "L-2", "class": "D", "score": 41.2, "pending": null}""");

        OfficeQuality quality = OfficeQuality.of(List.of(BAD, GOOD), LAST_DAY, List.of(confirmed));

        assertThat(quality.bad()).containsExactly(new OfficeQuality.Classed("L-2", "D", "41.2", 0));
        assertThat(quality.byClass()).containsEntry("none", 1L);
    }

    private static JsonNode pending(String licenceNo, String officeClass, Double score, int placed) throws Exception {
        return JSON.readTree("""
                {"licenceNo": "%s", "class": null, "pending": {"class": "%s", "score": %s, "placed": %d}}"""
                .formatted(licenceNo, officeClass, score, placed));
    }

    private static Office office(String licenceNo, LicenceStatus status, boolean bad) {
        return new Office(licenceNo, MolNames.office(0), "AMM", status, LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 31), 100, bad, null);
    }
}
