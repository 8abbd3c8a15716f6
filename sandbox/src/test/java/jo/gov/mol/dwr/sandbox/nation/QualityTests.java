package jo.gov.mol.dwr.sandbox.nation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;

class QualityTests {
    private static final Truth.TruePerson ANA = person("N-1", "PHL", List.of("P1234567A"), "m1", "m2", "m3");
    private static final Truth.TruePerson SITI = person("N-2", "IDN", List.of("C1234567", "C7654321"), "m4", "m5");

    @Test
    void countsLinkageByPairsOfRecords() {
        // the registry split Ana in two and put one of her records with Siti
        Map<String, Long> placed = Map.of("MOL:m1", 1L, "MOL:m2", 1L, "MOL:m3", 2L, "MOL:m4", 2L, "MOL:m5", 2L);

        LinkageQuality quality = LinkageQuality.of(List.of(ANA, SITI), placed);

        assertThat(quality.truePairs()).isEqualTo(3 + 1);
        assertThat(quality.joinedPairs()).isEqualTo(1 + 3);
        assertThat(quality.rightPairs()).isEqualTo(1 + 1);
        assertThat(quality.precision()).isEqualTo(0.5);
        assertThat(quality.recall()).isEqualTo(0.5);
    }

    @Test
    void countsARecordOnNoPersonAsAlone() {
        LinkageQuality quality = LinkageQuality.of(List.of(ANA), Map.of("MOL:m1", 1L, "MOL:m2", 1L));

        assertThat(quality.unplaced()).isEqualTo(1);
        assertThat(quality.rightPairs()).isEqualTo(1);
        assertThat(quality.recall()).isEqualTo(1.0 / 3);
        assertThat(quality.precision()).isEqualTo(1.0);
    }

    @Test
    void judgesFlagsByRuleAndPersonWhicheverPassportTheyNameAndLeavesResolvedOnesOut() {
        Truth truth = new Truth(1, 2, "2025-01-01", "2026-01-01", Map.of(), List.of(ANA, SITI),
                List.of(new ExpectedFlag("UNDERAGE_WORKER", "N-1", "PHL", "P1234567A", "person"),
                        new ExpectedFlag("NO_WORK_PERMIT", "N-2", "IDN", "C1234567", "entry:e1")),
                List.of());
        List<RegistryApi.RaisedFlag> raised = List.of(
                new RegistryApi.RaisedFlag("UNDERAGE_WORKER", "OPEN", 1L, "p1234567a", "PHL"),
                new RegistryApi.RaisedFlag("NO_WORK_PERMIT", "RESOLVED", 2L, "C1234567", "IDN"),
                new RegistryApi.RaisedFlag("NO_WORK_PERMIT", "OPEN", 2L, "C7654321", "IDN"),
                new RegistryApi.RaisedFlag("SALARY_MISMATCH", "OPEN", 9L, "X0000000", "GHA"));

        FlagQuality quality = FlagQuality.of(truth, raised, Map.of());

        assertThat(quality.total()).isEqualTo(new FlagQuality.Counts(2, 3, 2));
        assertThat(quality.byRule().get("SALARY_MISMATCH")).isEqualTo(new FlagQuality.Counts(0, 1, 0));
    }

    @Test
    void countsAFlagOnAPassportTwoPeopleUsedForWhicheverOfThemTheTruthExpectsItOn() {
        Truth.TruePerson twin = person("N-3", "IDN", List.of("C1234567"), "m6");
        Truth truth = new Truth(1, 2, "2025-01-01", "2026-01-01", Map.of(), List.of(SITI, twin),
                List.of(new ExpectedFlag("DUPLICATE_IDENTITY", "N-2", "IDN", "C1234567", "passport:IDNC1234567")), List.of());

        FlagQuality quality = FlagQuality.of(truth,
                List.of(new RegistryApi.RaisedFlag("DUPLICATE_IDENTITY", "OPEN", 2L, "C1234567", "IDN")), Map.of());

        assertThat(quality.byRule().get("DUPLICATE_IDENTITY")).isEqualTo(new FlagQuality.Counts(1, 1, 1));
    }

    @Test
    void putsAFlagWhoseWorkerShowsNoPassportOnThePersonMostOfTheWorkersRecordsBelongTo() {
        Truth truth = new Truth(1, 2, "2025-01-01", "2026-01-01", Map.of(), List.of(ANA, SITI),
                List.of(new ExpectedFlag("DUPLICATE_IDENTITY", "N-2", "IDN", "C1234567", "passport:IDNC1234567")), List.of());
        Map<String, Long> placed = Map.of("MOL:m1", 7L, "MOL:m4", 8L, "MOL:m5", 8L);

        FlagQuality quality = FlagQuality.of(truth,
                List.of(new RegistryApi.RaisedFlag("DUPLICATE_IDENTITY", "OPEN", 8L, null, null)), placed);

        assertThat(quality.byRule().get("DUPLICATE_IDENTITY")).isEqualTo(new FlagQuality.Counts(1, 1, 1));
    }

    private static Truth.TruePerson person(String id, String nationality, List<String> passports, String... messageIds) {
        return new Truth.TruePerson(id, nationality, passports,
                java.util.Arrays.stream(messageIds).map(m -> new Truth.SourceRecord(SourceSystem.MOL, m, "Requested")).toList());
    }
}
