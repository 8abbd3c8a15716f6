package jo.gov.mol.dwr.sandbox.nation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.LicenceStatus;
import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.sandbox.mol.MolNames;

class NationTests {
    private static final NationSettings SETTINGS = NationSettings.of(42, 400, 12);
    private static final Nation NATION = Nation.draw(SETTINGS);

    @Test
    void isTheSameForTheSameSeed() {
        assertThat(Nation.draw(SETTINGS)).isEqualTo(NATION);
        assertThat(Truth.of(Nation.draw(SETTINGS))).isEqualTo(Truth.of(NATION));
        assertThat(Nation.draw(NationSettings.of(43, 400, 12))).isNotEqualTo(NATION);
    }

    @Test
    void hasItsOfficesWithLicencesAndAFewBadOnPurposeThatKeepRecruiting() {
        assertThat(NATION.offices()).hasSize(200)
                .allSatisfy(office -> assertThat(office.validUntil()).isEqualTo(office.validFrom().plusYears(3).minusDays(1)));
        assertThat(NATION.offices().stream().map(Office::status).collect(Collectors.toSet()))
                .contains(LicenceStatus.ACTIVE, LicenceStatus.SUSPENDED);
        assertThat(NATION.badOffices()).hasSize(6).allSatisfy(office -> assertThat(office.status()).isEqualTo(LicenceStatus.ACTIVE));
        Set<String> bad = NATION.badOffices().stream().map(Office::licenceNo).collect(Collectors.toSet());
        long atBadOffices = NATION.journeys().stream().filter(j -> bad.contains(j.office().licenceNo())).count();
        assertThat(atBadOffices).isGreaterThanOrEqualTo(40);
    }

    @Test
    void givesEachAnomalyToExactlyItsShareOfWorkers() {
        assertThat(NATION.injected()).hasSize(Anomaly.values().length).allSatisfy((anomaly, count) -> assertThat(count).isEqualTo(6));
    }

    @Test
    void makesEveryInjectedAnomalyRaiseTheRuleItIsNamedAfter() {
        List<ExpectedFlag> flags = ExpectedFlags.of(NATION);
        for (Journey journey : NATION.journeys()) {
            // an impostor's entry is flagged on the impostor; a passport two people use, on the second
            boolean onTheNewcomer = journey.anomaly() == Anomaly.APPROVAL_HOLDER_MISMATCH
                    || journey.anomaly() == Anomaly.DUPLICATE_IDENTITY;
            boolean raisesOnThisPerson = onTheNewcomer ? !journey.isRecruited() : journey.anomaly() != null;
            if (raisesOnThisPerson) {
                assertThat(flags).as("%s of %s", journey.anomaly(), journey.person().personId())
                        .anyMatch(f -> f.rule().equals(journey.anomaly().name()) && f.personId().equals(journey.person().personId()));
            }
        }
    }

    @Test
    void keepsCleanJourneysCleanButForWhatTheNationCannotAvoid() {
        Map<String, Journey> byPerson = NATION.journeys().stream()
                .collect(Collectors.toMap(j -> j.person().personId(), j -> j));
        Set<String> raisedOnCleanJourneys = ExpectedFlags.of(NATION).stream()
                .filter(f -> byPerson.get(f.personId()).anomaly() == null)
                .map(ExpectedFlag::rule).collect(Collectors.toSet());

        assertThat(raisedOnCleanJourneys).isSubsetOf("DEPLOYMENT_SUSPENDED", "APPROVAL_UNUSED", "MISSING_WORKER");
    }

    @Test
    void namesEachWorkerInLatinCapitalsAndArabicScriptAfterTheirNationality() {
        for (Journey journey : NATION.journeys()) {
            journey.first(Step.Requested.class).ifPresent(request -> {
                assertThat(request.nameEn()).matches("[A-Z][A-Z -]+");
                assertThat(request.nameAr()).matches("[\\p{IsArabic} ]+");
                assertThat(request.passportNo()).hasSize(9);
            });
            assertThat(MolNames.nationalities()).contains(journey.person().nationality());
        }
        assertThat(NameNoise.mistyped(NATION)).as("requests with a clerk's typo").isBetween(5L, 40L);
        assertThat(NATION.journeys().stream().map(j -> j.person().nationality()).distinct()).hasSize(9);
    }

    @Test
    void ordersEveryJourneyAsLifeDoesWithinTheSpan() {
        Instant end = SETTINGS.end().atStartOfDay(CanonicalEvent.AMMAN).toInstant();
        for (Journey journey : NATION.journeys()) {
            assertThat(journey.steps()).allSatisfy(step -> assertThat(step.at()).isBefore(end));
            assertThat(journey.steps()).isSortedAccordingTo(java.util.Comparator.comparing(Step::at));
            if (journey.anomaly() != null || !journey.isRecruited()) {
                continue;
            }
            List<Class<?>> order = journey.steps().stream().<Class<?>>map(Object::getClass).distinct().limit(3).toList();
            assertThat(order).startsWith(Step.Requested.class);
            if (order.size() > 1) {
                assertThat(order.get(1)).isEqualTo(Step.Decided.class);
            }
            journey.steps(Step.Crossed.class).stream().filter(c -> c.direction() == Direction.ENTRY).forEach(entry -> {
                Step.Decided approval = journey.first(Step.Decided.class).orElseThrow();
                assertThat(entry.visaRef()).isEqualTo(approval.approvalNo());
                assertThat(entry.date()).isBeforeOrEqualTo(approval.validUntil());
                assertThat(journey.first(Step.Attested.class).orElseThrow().at()).isBefore(entry.at());
            });
        }
    }

    @Test
    void spreadsRequestsOverTheMonthsAndRenewsAFewPassports() {
        Set<Integer> months = NATION.journeys().stream().flatMap(j -> j.steps(Step.Requested.class).stream())
                .map(r -> r.date().getMonthValue()).collect(Collectors.toSet());
        assertThat(months).hasSize(12);
        Nation renewing = Nation.draw(SETTINGS.withNoise(new Noise(0, 0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        List<Truth.TruePerson> renewed = Truth.of(renewing).persons().stream().filter(p -> p.passportNos().size() > 1).toList();
        assertThat(renewed).hasSizeGreaterThan(10).allSatisfy(person -> assertThat(person.passportNos()).hasSize(2));
    }

    @Test
    void twistsDeliveriesAtTheirSharesTheSameWayForTheSameSeed() {
        DeliveryNoise noise = DeliveryNoise.of(NATION);
        long messages = NATION.steps().size();

        assertThat(noise.count(DeliveryNoise.Twist::twice)).isBetween(messages / 100, messages / 15);
        long mayBeLate = NATION.steps().stream().filter(s -> !(s instanceof Step.Requested)
                && (s.system() == SourceSystem.MOL || s.system() == SourceSystem.MOI || s.system() == SourceSystem.EMBASSY_PHL)).count();
        assertThat(noise.count(t -> t.daysLate() > 0)).isBetween(mayBeLate / 50, mayBeLate / 10);
        assertThat(noise.count(DeliveryNoise.Twist::brokenFirst)).isPositive();
        for (Step step : NATION.steps()) {
            assertThat(DeliveryNoise.of(NATION).of(step)).isEqualTo(noise.of(step));
            DeliveryNoise.Twist twist = noise.of(step);
            if (step instanceof Step.Requested || step instanceof Step.Crossed) {
                assertThat(twist.daysLate()).as("requests and crossings come on time").isZero();
            }
            if (twist.brokenFirst()) {
                assertThat(step.system()).isEqualTo(SourceSystem.MOL);
            }
        }
        long lost = NATION.steps().stream().filter(s -> s instanceof Step.Crossed c && c.lost()).count();
        assertThat(lost).isPositive();
    }

    @Test
    void writesATruthFileThatGroupsEveryRecordUnderOnePerson(@TempDir Path directory) {
        Truth truth = Truth.of(NATION);

        Truth read = TruthFile.read(TruthFile.write(truth, directory));

        assertThat(read).isEqualTo(truth);
        assertThat(read.end()).isEqualTo(LocalDate.of(2026, 1, 1).toString());
        List<String> ids = read.persons().stream().flatMap(p -> p.records().stream()).map(Truth.SourceRecord::id).toList();
        long personRecords = NATION.steps().stream().filter(Step::namesAPerson).count();
        assertThat(ids).hasSize((int) personRecords).doesNotHaveDuplicates();
        assertThat(read.badOffices()).hasSize(6);
        assertThat(read.flags()).extracting(ExpectedFlag::rule).contains(Anomaly.UNDERAGE_WORKER.name(), "BELOW_BILATERAL_MINIMUM_AGE");
    }
}
