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
import jo.gov.mol.dwr.mappings.canonical.ComplaintStatus;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.mappings.canonical.LicenceStatus;
import jo.gov.mol.dwr.mappings.canonical.RejectionReason;
import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.sandbox.mol.MolNames;

class NationTests {
    private static final NationSettings SETTINGS = NationSettings.of(42, 400, 12);
    private static final Nation NATION = Nation.draw(SETTINGS);
    private static final List<ExpectedFlag> FLAGS = ExpectedFlags.of(NATION);
    private static final Set<String> ABUSE = Set.of("PHYSICAL_ABUSE", "SEXUAL_ABUSE", "CONFINEMENT", "PASSPORT_CONFISCATION");

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
    void renewsMostLicencesThatRunOutWithinTheSpanWeeksBeforeAndLetsTheOthersLapse() {
        List<Office> runningOut = NATION.offices().stream().filter(o -> o.status() == LicenceStatus.ACTIVE)
                .filter(o -> o.validUntil().isBefore(SETTINGS.end()) && o.validUntil().isAfter(SETTINGS.start().plusDays(60)))
                .toList();
        List<Office> renewed = runningOut.stream().filter(o -> o.renewedOn() != null).toList();

        assertThat(renewed.size()).isGreaterThan(runningOut.size() * 3 / 4).isLessThan(runningOut.size());
        assertThat(renewed).allSatisfy(office -> {
            assertThat(office.renewedOn()).isBetween(office.validUntil().minusDays(60), office.validUntil().minusDays(7));
            assertThat(office.isActiveOn(office.validUntil().plusDays(1))).isTrue();
            assertThat(office.renewed().validUntil()).isEqualTo(office.validUntil().plusYears(3));
            assertThat(office.renewed().validFrom()).isEqualTo(office.validFrom());
        });
        assertThat(runningOut).filteredOn(o -> o.renewedOn() == null)
                .allSatisfy(office -> assertThat(office.isActiveOn(office.validUntil().plusDays(1))).isFalse());
        assertThat(NATION.renewals()).isSortedAccordingTo(java.util.Comparator.comparing(Office::renewedOn));
    }

    @Test
    void concentratesRecruitmentOnAFewLargeOfficesAsInLife() {
        Map<String, Long> requests = NATION.journeys().stream().filter(Journey::isRecruited).filter(j -> !j.office().bad())
                .collect(Collectors.groupingBy(j -> j.office().licenceNo(), Collectors.counting()));
        List<Long> largestFirst = requests.values().stream().sorted(java.util.Comparator.reverseOrder()).toList();

        // a handful of offices place the ten workers a year a class needs; most place one or two
        assertThat(largestFirst.get(0)).isGreaterThan(40);
        assertThat(largestFirst.stream().filter(n -> n >= 12).count()).isBetween(3L, 20L);
        assertThat(largestFirst.stream().filter(n -> n <= 2).count()).isGreaterThan(largestFirst.size() / 2);
    }

    @Test
    void givesEachAnomalyToExactlyItsShareOfWorkers() {
        assertThat(NATION.injected()).hasSize(Anomaly.values().length).allSatisfy((anomaly, count) -> assertThat(count).isEqualTo(6));
    }

    @Test
    void makesEveryInjectedAnomalyRaiseTheRuleItIsNamedAfter() {
        for (Journey journey : NATION.journeys()) {
            // an impostor's entry is flagged on the impostor; a passport two people use, on the second
            boolean onTheNewcomer = journey.anomaly() == Anomaly.APPROVAL_HOLDER_MISMATCH
                    || journey.anomaly() == Anomaly.DUPLICATE_IDENTITY;
            boolean raisesOnThisPerson = onTheNewcomer ? !journey.isRecruited() : journey.anomaly() != null;
            if (raisesOnThisPerson && journey.anomaly() != Anomaly.OFFICE_QUOTA_EXCEEDED) {
                assertThat(FLAGS).as("%s of %s", journey.anomaly(), journey.person().personId())
                        .anyMatch(f -> f.rule().equals(journey.anomaly().rule()) && journey.person().personId().equals(f.personId()));
            }
        }
        // a quota is exceeded by an office in a licence year, not by one worker
        Office breaker = OfficeRoster.quotaBreaker(NATION.offices()).orElseThrow();
        assertThat(FLAGS).filteredOn(f -> f.rule().equals("OFFICE_QUOTA_EXCEEDED"))
                .extracting(ExpectedFlag::subjectType, ExpectedFlag::subjectId, ExpectedFlag::personId)
                .contains(org.assertj.core.groups.Tuple.tuple("OFFICE", breaker.licenceNo(), null));
    }

    @Test
    void expectsEveryRuleOfTheCatalogueAndEachSituationOnce() {
        assertThat(FLAGS).extracting(ExpectedFlag::rule).containsAll(FlagQuality.JUDGED);
        assertThat(FLAGS.stream().map(ExpectedFlag::situation)).doesNotHaveDuplicates();
        assertThat(FLAGS).allSatisfy(f -> assertThat(f.subjectType()).isIn("PERSON", "OFFICE", "EMPLOYER"));
        assertThat(FLAGS).filteredOn(f -> f.subjectType().equals("PERSON")).allSatisfy(f -> assertThat(f.subjectId()).isEqualTo(f.personId()));
    }

    @Test
    void keepsCleanJourneysCleanButForWhatTheNationCannotAvoid() {
        Map<String, Journey> byPerson = NATION.journeys().stream()
                .collect(Collectors.toMap(j -> j.person().personId(), j -> j));
        Set<String> raisedOnCleanJourneys = FLAGS.stream()
                .filter(f -> f.personId() != null && byPerson.get(f.personId()).anomaly() == null)
                .map(ExpectedFlag::rule).collect(Collectors.toSet());

        assertThat(raisedOnCleanJourneys).isSubsetOf("DEPLOYMENT_SUSPENDED", "APPROVAL_UNUSED", "MISSING_WORKER");
    }

    @Test
    void namesAnEmployerInAnAbuseComplaintOnlyForTheEmployersThatAbuseTheirWorkersOnPurpose() {
        List<Journey> repeatAbuse = NATION.journeys().stream().filter(j -> j.anomaly() == Anomaly.REPEAT_ABUSE_EMPLOYER).toList();
        Set<String> abusers = repeatAbuse.stream().map(j -> j.first(Step.Requested.class).orElseThrow().employer().nationalId())
                .collect(Collectors.toSet());
        List<Step.Complained> namingEmployers = NATION.steps().stream()
                .filter(s -> s instanceof Step.Complained c && ABUSE.contains(c.category().name()) && c.employerId() != null)
                .map(Step.Complained.class::cast).toList();

        assertThat(abusers).hasSize(repeatAbuse.size());
        assertThat(namingEmployers).extracting(Step.Complained::employerId).allMatch(abusers::contains);
        for (String abuser : abusers) {
            // two earlier workers each, substantiated before the request that makes the rule fire
            Step.Requested request = repeatAbuse.stream().map(j -> j.first(Step.Requested.class).orElseThrow())
                    .filter(r -> r.employer().nationalId().equals(abuser)).findFirst().orElseThrow();
            assertThat(namingEmployers).filteredOn(c -> c.employerId().equals(abuser) && c.status() == ComplaintStatus.SUBSTANTIATED)
                    .hasSize(2).allSatisfy(c -> assertThat(c.at()).isBefore(request.at()))
                    .extracting(Step.Complained::passportNo).doesNotHaveDuplicates();
            assertThat(NATION.employers()).extracting(Employer::nationalId).contains(abuser);
        }
    }

    @Test
    void namesAnOfficeNotActiveThatDayInTheRequestOrInALaterTransferInTurn() {
        List<Journey> invalid = NATION.journeys().stream().filter(j -> j.anomaly() == Anomaly.OFFICE_LICENCE_INVALID).toList();
        Map<String, Office> roster = NATION.offices().stream().collect(Collectors.toMap(Office::licenceNo, o -> o));
        long byRequest = invalid.stream().filter(j -> j.first(Step.Requested.class)
                .filter(r -> !roster.containsKey(r.officeLicenceNo()) || !roster.get(r.officeLicenceNo()).isActiveOn(r.date()))
                .isPresent()).count();
        List<Step.Transferred> transfers = invalid.stream().flatMap(j -> j.steps(Step.Transferred.class).stream()).toList();

        assertThat(byRequest).isEqualTo(3);
        assertThat(transfers).hasSize(3).allSatisfy(t -> assertThat(t.officeLicenceNo()).isNotNull());
        assertThat(invalid.stream().flatMap(j -> j.steps(Step.Decided.class).stream()).filter(d -> !d.approved()))
                .hasSize(3).allSatisfy(d -> assertThat(d.reason()).isEqualTo(RejectionReason.OFFICE_NOT_ELIGIBLE));
        assertThat(invalid.stream().flatMap(j -> j.steps(Step.Requested.class).stream()).map(Step.Requested::officeLicenceNo))
                .anyMatch(licence -> !roster.containsKey(licence));
        // no other request or transfer names an office that is not ACTIVE
        assertThat(FLAGS).filteredOn(f -> f.rule().equals("OFFICE_LICENCE_INVALID")).hasSize(6);
    }

    @Test
    void makesTheSmallOfficeRecruitPastItsQuotaInALicenceYear() {
        Office breaker = OfficeRoster.quotaBreaker(NATION.offices()).orElseThrow();
        List<Step.Requested> there = NATION.journeys().stream().filter(j -> j.anomaly() == Anomaly.OFFICE_QUOTA_EXCEEDED)
                .map(j -> j.first(Step.Requested.class).orElseThrow()).toList();

        assertThat(breaker.bad()).isTrue();
        assertThat(breaker.annualQuota()).isEqualTo(OfficeRoster.SMALL_QUOTA);
        assertThat(there).hasSize(6).allSatisfy(r -> assertThat(r.officeLicenceNo()).isEqualTo(breaker.licenceNo()));
        assertThat(NATION.offices()).filteredOn(o -> o != breaker).allSatisfy(o -> assertThat(o.annualQuota()).isGreaterThanOrEqualTo(50));
    }

    @Test
    void revokesApprovalsBeforeTheEntryAndAfterItAndExpectsEachEntryOnOneWithoutApproval() {
        List<Journey> revoked = NATION.journeys().stream().filter(j -> j.anomaly() == Anomaly.APPROVAL_REVOKED).toList();
        int before = 0;
        for (Journey journey : revoked) {
            List<Step.Decided> decisions = journey.steps(Step.Decided.class);
            Step.Crossed entry = journey.first(Step.Crossed.class).orElseThrow();
            assertThat(decisions).hasSize(2);
            assertThat(decisions.get(0).approved()).isTrue();
            assertThat(decisions.get(1).approved()).isFalse();
            assertThat(entry.visaRef()).isEqualTo(decisions.get(0).approvalNo());
            before += decisions.get(1).at().isBefore(entry.at()) ? 1 : 0;
            assertThat(FLAGS).as("the decision in force is the revocation, however late it came")
                    .anyMatch(f -> f.rule().equals("ENTRY_WITHOUT_APPROVAL") && f.episode().equals("entry:" + entry.recordId()))
                    .noneMatch(f -> f.rule().equals("APPROVAL_UNUSED") && journey.person().personId().equals(f.personId()));
        }
        assertThat(before).isEqualTo(3);
    }

    @Test
    void letsAnOverstayersShortPermitRunOutWithinTheSpan() {
        List<Journey> overstayers = NATION.journeys().stream().filter(j -> j.anomaly() == Anomaly.OVERSTAY).toList();

        assertThat(overstayers).hasSize(6).allSatisfy(j -> {
            Step.PermitIssued permit = j.first(Step.PermitIssued.class).orElseThrow();
            assertThat(permit.expiresOn().plusDays(31)).isBeforeOrEqualTo(SETTINGS.end());
            assertThat(j.steps(Step.Crossed.class)).noneMatch(c -> c.direction() == Direction.EXIT);
            assertThat(FLAGS).anyMatch(f -> f.rule().equals("OVERSTAY") && f.episode().equals("permit:" + permit.permitNo()));
        });
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
