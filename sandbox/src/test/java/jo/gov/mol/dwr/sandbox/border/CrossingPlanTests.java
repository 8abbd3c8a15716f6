package jo.gov.mol.dwr.sandbox.border;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.border.mrz.Td3Mrz;
import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.sandbox.SandboxProperties;
import jo.gov.mol.dwr.sandbox.mol.MolStream;
import jo.gov.mol.dwr.sandbox.mol.Recruit;

class CrossingPlanTests {
    private static final Instant START = Instant.parse("2026-11-25T09:00:00Z");
    private static final List<Recruit> RECRUITS = MolStream.generate(3, 40, 1, 0, 0).recruits();
    private static final Map<String, String> APPROVALS = approvals();

    @Test
    void isTheSameForTheSameSeed() {
        assertThat(plan(0.9, 0.2, 0.1, 5)).isEqualTo(plan(0.9, 0.2, 0.1, 5));
    }

    @Test
    void entersTheChosenShareOfApprovedWorkersOnTheirApprovalsAndLetsSomeLeaveLater() {
        List<Crossing> crossings = plan(0.9, 0.5, 0, 0);

        List<Crossing> entries = crossings.stream().filter(c -> c.direction() == Direction.ENTRY).toList();
        List<Crossing> exits = crossings.stream().filter(c -> c.direction() == Direction.EXIT).toList();
        assertThat(entries).hasSize((int) Math.round(APPROVALS.size() * 0.9)).allSatisfy(entry -> {
            assertThat(entry.visaRef()).isEqualTo(APPROVALS.get(entry.traveller().requestId()));
            assertThat(entry.occurredAt()).isAfter(START);
        });
        assertThat(exits).hasSize((int) Math.round(entries.size() * 0.5)).allSatisfy(exit -> {
            assertThat(exit.visaRef()).isNull();
            Crossing entry = entries.stream().filter(e -> e.traveller().equals(exit.traveller())).findFirst().orElseThrow();
            assertThat(Duration.between(entry.occurredAt(), exit.occurredAt())).isGreaterThanOrEqualTo(Duration.ofDays(2));
        });
    }

    @Test
    void addsOtherTravellersWithoutARequestWhosePassportsNoWorkerHas() {
        List<Crossing> others = plan(0.9, 0.2, 0, 12).stream().filter(c -> !c.traveller().isDomesticWorker()).toList();

        Set<String> workerPassports = RECRUITS.stream().map(Recruit::passportNo).collect(Collectors.toSet());
        assertThat(others).hasSize(12).allSatisfy(other -> {
            assertThat(other.visaRef()).isNull();
            assertThat(workerPassports).doesNotContain(other.traveller().passport().number());
        });
    }

    @Test
    void losesExactlyTheLostShareOfAllCrossings() {
        List<Crossing> crossings = plan(0.9, 0.2, 0.25, 8);

        assertThat(crossings.stream().filter(Crossing::lost).count()).isEqualTo(Math.round(crossings.size() * 0.25));
    }

    @Test
    void givesEveryCrossingAZoneTheHubReadsAsTheTravellersPassport() {
        assertThat(plan(0.9, 0.2, 0.1, 10)).allSatisfy(crossing -> {
            Passport passport = crossing.traveller().passport();
            Td3Mrz read = Td3Mrz.parse(crossing.mrz().line1(), crossing.mrz().line2(),
                    LocalDate.ofInstant(crossing.occurredAt(), CanonicalEvent.AMMAN));
            assertThat(read.documentNumber()).isEqualTo(passport.number());
            assertThat(read.nationality()).isEqualTo(passport.nationality());
            assertThat(read.birthDate()).isEqualTo(passport.birthDate());
            assertThat(read.expiryDate()).isAfter(LocalDate.ofInstant(crossing.occurredAt(), CanonicalEvent.AMMAN));
        });
    }

    private static List<Crossing> plan(double crossingsShare, double exitShare, double lostShare, int others) {
        SandboxProperties.Border settings = new SandboxProperties.Border(crossingsShare, exitShare, lostShare, others,
                "border", "border-sandbox", Duration.ofSeconds(60));
        return CrossingPlan.of(3, settings, RECRUITS, APPROVALS, START);
    }

    /** Every other worker approved. */
    private static Map<String, String> approvals() {
        Map<String, String> approvals = new LinkedHashMap<>();
        for (int i = 0; i < RECRUITS.size(); i += 2) {
            approvals.put(RECRUITS.get(i).requestId(), "MOI-APR-2026-%06d".formatted(i + 1));
        }
        return approvals;
    }
}
