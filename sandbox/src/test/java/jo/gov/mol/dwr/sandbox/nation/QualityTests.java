package jo.gov.mol.dwr.sandbox.nation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    void judgesFlagsBySituationWhicheverPassportTheyNameAndLeavesResolvedOnesOut() {
        Truth truth = truth(List.of(ANA, SITI),
                onPerson("UNDERAGE_WORKER", "N-1", "PHL", "P1234567A", "person"),
                onPerson("NO_WORK_PERMIT", "N-2", "IDN", "C1234567", "entry:e1"));
        List<RegistryApi.RaisedFlag> raised = List.of(
                raised("UNDERAGE_WORKER", "OPEN", 1L, "p1234567a", "PHL", "m1"),
                raised("NO_WORK_PERMIT", "RESOLVED", 2L, "C1234567", "IDN", "e1"),
                raised("NO_WORK_PERMIT", "OPEN", 2L, "C7654321", "IDN", "e1"),
                raised("SALARY_MISMATCH", "OPEN", 9L, "X0000000", "GHA", "MOL-REQ-2025-000001"));

        FlagQuality quality = FlagQuality.of(truth, raised, Map.of());

        assertThat(quality.total()).isEqualTo(new FlagQuality.Counts(2, 3, 2));
        assertThat(quality.byRule().get("SALARY_MISMATCH")).isEqualTo(new FlagQuality.Counts(0, 1, 0));
        assertThat(quality.byRule()).containsOnlyKeys(FlagQuality.JUDGED).hasSize(20);
    }

    @Test
    void tellsTwoEpisodesOfOnePersonApartByTheRecordsInTheFlagsEvidence() {
        Truth truth = truth(List.of(SITI),
                onPerson("NO_WORK_PERMIT", "N-2", "IDN", "C1234567", "entry:e1"),
                onPerson("NO_WORK_PERMIT", "N-2", "IDN", "C1234567", "entry:e2"));

        FlagQuality quality = FlagQuality.of(truth, List.of(
                raised("NO_WORK_PERMIT", "OPEN", 2L, "C1234567", "IDN", "e1"),
                raised("NO_WORK_PERMIT", "OPEN", 2L, "C1234567", "IDN", "e3")), Map.of());

        assertThat(quality.byRule().get("NO_WORK_PERMIT")).isEqualTo(new FlagQuality.Counts(2, 2, 1));
    }

    @Test
    void countsASecondFlagForOneSituationAsRaisedWrongly() {
        Truth truth = truth(List.of(ANA), onPerson("SALARY_MISMATCH", "N-1", "PHL", "P1234567A", "request:MOL-REQ-2025-000001"));

        FlagQuality quality = FlagQuality.of(truth, List.of(
                raised("SALARY_MISMATCH", "OPEN", 1L, "P1234567A", "PHL", "m1", "MOL-REQ-2025-000001", "PH-VER-2025-000001"),
                raised("SALARY_MISMATCH", "IN_REVIEW", 1L, "P1234567A", "PHL", "m2", "MOL-REQ-2025-000001")), Map.of());

        assertThat(quality.byRule().get("SALARY_MISMATCH")).isEqualTo(new FlagQuality.Counts(1, 2, 1));
    }

    @Test
    void judgesOfficeAndEmployerFlagsByLicenceAndNationalNumberAndALicenceYearByTheDayItWasRaised() {
        Truth truth = truth(List.of(ANA),
                new ExpectedFlag("OFFICE_LICENCE_INVALID", "OFFICE", "RO-0142", "N-1", "PHL", "P1234567A", "request:MOL-REQ-2025-000001"),
                new ExpectedFlag("OFFICE_QUOTA_EXCEEDED", "OFFICE", "RO-0142", null, null, null, "licence-year:2024-12-10"),
                new ExpectedFlag("REPEAT_ABUSE_EMPLOYER", "EMPLOYER", "9871234567", "N-1", "PHL", "P1234567A", "request:MOL-REQ-2025-000001"));
        Instant inTheYear = Instant.parse("2025-12-09T20:59:59Z");
        Instant theNextYear = Instant.parse("2025-12-09T21:00:00Z");

        FlagQuality quality = FlagQuality.of(truth, List.of(
                raisedOn("OFFICE_LICENCE_INVALID", "OFFICE", "RO-0142", inTheYear, "MOL-REQ-2025-000001", "RO-0142"),
                raisedOn("OFFICE_LICENCE_INVALID", "OFFICE", "RO-0007", inTheYear, "MOL-REQ-2025-000001"),
                raisedOn("OFFICE_QUOTA_EXCEEDED", "OFFICE", "RO-0142", theNextYear, "MOL-REQ-2025-000009"),
                raisedOn("OFFICE_QUOTA_EXCEEDED", "OFFICE", "RO-0142", inTheYear, "MOL-REQ-2025-000002"),
                raisedOn("REPEAT_ABUSE_EMPLOYER", "EMPLOYER", "9871234567", inTheYear, "MOL-REQ-2025-000001", "CMP-2025-000001")),
                Map.of());

        assertThat(quality.byRule().get("OFFICE_LICENCE_INVALID")).isEqualTo(new FlagQuality.Counts(1, 2, 1));
        assertThat(quality.byRule().get("OFFICE_QUOTA_EXCEEDED")).isEqualTo(new FlagQuality.Counts(1, 2, 1));
        assertThat(quality.byRule().get("REPEAT_ABUSE_EMPLOYER")).isEqualTo(new FlagQuality.Counts(1, 1, 1));
    }

    @Test
    void countsAFlagOnAPassportTwoPeopleUsedForWhicheverOfThemTheTruthExpectsItOn() {
        Truth.TruePerson twin = person("N-3", "IDN", List.of("C1234567"), "m6");
        Truth truth = truth(List.of(SITI, twin), onPerson("DUPLICATE_IDENTITY", "N-2", "IDN", "C1234567", "passport:IDNC1234567"));

        FlagQuality quality = FlagQuality.of(truth,
                List.of(raised("DUPLICATE_IDENTITY", "OPEN", 2L, "C1234567", "IDN", "m4", "m6")), Map.of());

        assertThat(quality.byRule().get("DUPLICATE_IDENTITY")).isEqualTo(new FlagQuality.Counts(1, 1, 1));
    }

    @Test
    void putsAFlagWhoseWorkerShowsNoPassportOnThePersonMostOfTheWorkersRecordsBelongTo() {
        Truth truth = truth(List.of(ANA, SITI), onPerson("DUPLICATE_IDENTITY", "N-2", "IDN", "C1234567", "passport:IDNC1234567"));
        Map<String, Long> placed = Map.of("MOL:m1", 7L, "MOL:m4", 8L, "MOL:m5", 8L);

        FlagQuality quality = FlagQuality.of(truth,
                List.of(raised("DUPLICATE_IDENTITY", "OPEN", 8L, null, null, "m4")), placed);

        assertThat(quality.byRule().get("DUPLICATE_IDENTITY")).isEqualTo(new FlagQuality.Counts(1, 1, 1));
    }

    private static Truth truth(List<Truth.TruePerson> persons, ExpectedFlag... flags) {
        return new Truth(1, persons.size(), "2025-01-01", "2026-01-01", Map.of(), persons, List.of(flags), List.of());
    }

    private static ExpectedFlag onPerson(String rule, String personId, String nationality, String passportNo, String episode) {
        return new ExpectedFlag(rule, "PERSON", personId, personId, nationality, passportNo, episode);
    }

    /** A flag on a person, as the API lists it, with the message ids and references of its evidence. */
    private static RegistryApi.RaisedFlag raised(String rule, String status, Long worker, String passportNo,
                                                 String nationality, String... evidence) {
        return new RegistryApi.RaisedFlag(rule, status, "PERSON", String.valueOf(worker), Instant.parse("2025-06-01T09:00:00Z"),
                worker, passportNo, nationality, Set.of(evidence));
    }

    private static RegistryApi.RaisedFlag raisedOn(String rule, String subjectType, String subjectId, Instant raisedAt,
                                                   String... evidence) {
        return new RegistryApi.RaisedFlag(rule, "OPEN", subjectType, subjectId, raisedAt, null, null, null, Set.of(evidence));
    }

    private static Truth.TruePerson person(String id, String nationality, List<String> passports, String... messageIds) {
        return new Truth.TruePerson(id, nationality, passports,
                java.util.Arrays.stream(messageIds).map(m -> new Truth.SourceRecord(SourceSystem.MOL, m, "Requested")).toList());
    }
}
