package jo.gov.mol.dwr.registry.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.canonical.OfficeClass;
import jo.gov.mol.dwr.registry.reference.ClassificationRules;
import jo.gov.mol.dwr.registry.reference.MetricCode;

/** The arithmetic of policy.md's office classification, on counts alone. */
class ScorecardTests {
    private static final ClassificationRules RULES = PolicyRules.defaults();

    @Test
    void shrinksARateTowardTheNationalRateWithKOfFifty() {
        // national: 10 substantiated complaints over 1000 placed, 1 per 100; the office: 3 over 50, 6 per 100
        OfficeTally office = office("RO-0001", 50).complaints(3).build();
        OfficeTally rest = office("RO-0002", 950).complaints(7).build();

        Metric complaints = metric(Scorecard.pooling(RULES, List.of(office, rest)).classify(office),
                MetricCode.SUBSTANTIATED_COMPLAINTS);

        // (3 + 50 × 0.01) / (50 + 50) = 0.035, i.e. 3.5 per 100; points 20 × (10 − 3.5) / 9 = 14.44… → 14.4
        assertThat(complaints.rate()).isEqualByComparingTo("6");
        assertThat(complaints.national()).isEqualByComparingTo("1");
        assertThat(complaints.value()).isEqualByComparingTo("3.5");
        assertThat(complaints.points()).isEqualByComparingTo("14.4");
    }

    @Test
    void poolsTheNationalRateFromEveryOfficesCountsUnshrunk() {
        OfficeTally small = office("RO-0001", 10).absconding(5).build();
        OfficeTally large = office("RO-0002", 990).absconding(15).build();

        Metric absconding = metric(Scorecard.pooling(RULES, List.of(small, large)).classify(large),
                MetricCode.ABSCONDING_REPORTS);

        // (5 + 15) / (10 + 990), not the mean of 50 and 1.5 per 100
        assertThat(absconding.national()).isEqualByComparingTo("2");
    }

    @Test
    void givesFullPointsAndNoNationalValueWhereTheOfficesAndTheNationalDenominatorsAreBothZero() {
        OfficeTally office = office("RO-0001", 20).build();

        Metric rejections = metric(Scorecard.pooling(RULES, List.of(office)).classify(office), MetricCode.MOI_REJECTIONS);

        assertThat(rejections.denominator()).isZero();
        assertThat(rejections.national()).isNull();
        assertThat(rejections.rate()).isNull();
        assertThat(rejections.value()).isNull();
        assertThat(rejections.points()).isEqualByComparingTo("10.0");
    }

    @Test
    void judgesAnOfficeWithoutADenominatorOfItsOwnAtTheNationalRate() {
        OfficeTally office = office("RO-0001", 20).build();
        OfficeTally other = office("RO-0002", 100).decided(10, 1).build();

        Metric rejections = metric(Scorecard.pooling(RULES, List.of(office, other)).classify(office),
                MetricCode.MOI_REJECTIONS);

        assertThat(rejections.rate()).isNull();
        assertThat(rejections.value()).isEqualByComparingTo("0.1").isEqualByComparingTo(rejections.national());
    }

    @Test
    void roundsPointsHalfUpToOneDecimal() {
        // complaints give 20 × (10 − v) / 9 points: at v = 9.9775 per 100 exactly 0.05, which half-up makes 0.1
        // (half-even would make it 0.0); alone in the country an office's value is its rate
        OfficeTally atHalf = office("RO-0001", 40_000).complaints(3_991).build();
        // permits on time give 15 × (v − 0.60) / 0.35 points: at 0.85, 10.714… makes 10.7
        OfficeTally below = office("RO-0002", 20).permitsOnTime(17).build();

        Metric complaints = metric(Scorecard.pooling(RULES, List.of(atHalf)).classify(atHalf),
                MetricCode.SUBSTANTIATED_COMPLAINTS);
        Metric permits = metric(Scorecard.pooling(RULES, List.of(below)).classify(below), MetricCode.PERMITS_ON_TIME);

        assertThat(complaints.value()).isEqualByComparingTo("9.9775");
        assertThat(complaints.points()).isEqualByComparingTo("0.1");
        assertThat(permits.value()).isEqualByComparingTo("0.85");
        assertThat(permits.points()).isEqualByComparingTo("10.7");
    }

    @Test
    void bandsTheScoreAtEightyFiveSeventyAndFifty() {
        assertThat(classOfScore("85.0")).isEqualTo(OfficeClass.A);
        assertThat(classOfScore("84.9")).isEqualTo(OfficeClass.B);
        assertThat(classOfScore("70.0")).isEqualTo(OfficeClass.B);
        assertThat(classOfScore("69.9")).isEqualTo(OfficeClass.C);
        assertThat(classOfScore("50.0")).isEqualTo(OfficeClass.C);
        assertThat(classOfScore("49.9")).isEqualTo(OfficeClass.D);
    }

    @Test
    void anOfficeNotActiveAtTheEndOfThePeriodIsDWhateverItsScore() {
        OfficeTally closed = office("RO-0001", 5).inactive().build();

        Verdict verdict = Scorecard.pooling(RULES, List.of(closed)).classify(closed);

        assertThat(verdict.score()).isEqualByComparingTo("100.0");
        assertThat(verdict.officeClass()).isEqualTo(OfficeClass.D);
    }

    @Test
    void anActiveOfficeThatPlacedFewerThanTenIsUnrated() {
        OfficeTally nine = office("RO-0001", 9).build();
        OfficeTally ten = office("RO-0002", 10).build();
        Scorecard scorecard = Scorecard.pooling(RULES, List.of(nine, ten));

        assertThat(scorecard.classify(nine).officeClass()).isEqualTo(OfficeClass.UNRATED);
        assertThat(scorecard.classify(ten).officeClass()).isEqualTo(OfficeClass.A);
    }

    @Test
    void aConfirmedUnderageWorkerOrApprovalHolderMismatchMakesAnOfficeAtBestC() {
        OfficeTally underage = office("RO-0001", 100).confirmed("UNDERAGE_WORKER").build();
        OfficeTally mismatch = office("RO-0002", 100).confirmed("APPROVAL_HOLDER_MISMATCH").build();
        OfficeTally otherFlag = office("RO-0003", 100).confirmed("SALARY_BELOW_MINIMUM").build();
        Scorecard scorecard = Scorecard.pooling(RULES, List.of(underage, mismatch, otherFlag));

        assertThat(scorecard.classify(underage).officeClass()).isEqualTo(OfficeClass.C);
        assertThat(scorecard.classify(mismatch).officeClass()).isEqualTo(OfficeClass.C);
        assertThat(scorecard.classify(otherFlag).officeClass()).isEqualTo(OfficeClass.A);
    }

    @Test
    void theCapNeverRaisesAnOfficeAboveItsBandNorAnUnratedOne() {
        OfficeTally poor = office("RO-0001", 100).complaints(20).absconding(30).welfare(30).permitsOnTime(0)
                .confirmed("UNDERAGE_WORKER").build();
        OfficeTally small = office("RO-0002", 3).confirmed("UNDERAGE_WORKER").build();
        Scorecard scorecard = Scorecard.pooling(RULES, List.of(poor, small));

        assertThat(scorecard.classify(poor).officeClass()).isEqualTo(OfficeClass.D);
        assertThat(scorecard.classify(small).officeClass()).isEqualTo(OfficeClass.UNRATED);
    }

    @Test
    void atEqualVolumeMoreSubstantiatedComplaintsNeverGiveABetterClass() {
        List<OfficeTally> offices = new ArrayList<>();
        for (int complaints = 0; complaints <= 60; complaints++) {
            offices.add(office("RO-" + String.format("%04d", complaints), 200).complaints(complaints).absconding(4)
                    .build());
        }
        Scorecard scorecard = Scorecard.pooling(RULES, offices);

        BigDecimal previous = null;
        for (OfficeTally office : offices) {
            Verdict verdict = scorecard.classify(office);
            if (previous != null) {
                assertThat(verdict.score()).as(office.count(MetricCode.SUBSTANTIATED_COMPLAINTS) + " complaints")
                        .isLessThanOrEqualTo(previous);
            }
            previous = verdict.score();
        }
        List<OfficeClass> classes = offices.stream().map(scorecard::classify).map(Verdict::officeClass).toList();
        assertThat(classes).isSortedAccordingTo((one, other) -> one.compareTo(other));
    }

    @Test
    void aSmallOfficeIsNotPunishedForOneCaseAsALargeOneIsForTwenty() {
        OfficeTally small = office("RO-0001", 12).complaints(1).build();
        OfficeTally large = office("RO-0002", 900).complaints(20).build();
        Scorecard scorecard = Scorecard.pooling(RULES, List.of(small, large));

        Metric smallComplaints = metric(scorecard.classify(small), MetricCode.SUBSTANTIATED_COMPLAINTS);
        Metric largeComplaints = metric(scorecard.classify(large), MetricCode.SUBSTANTIATED_COMPLAINTS);

        // on face value 8.3 per 100 against 2.2: the small office would lose almost all its points
        assertThat(smallComplaints.rate()).isGreaterThan(largeComplaints.rate());
        assertThat(smallComplaints.value()).isLessThan(BigDecimal.valueOf(4));
        assertThat(smallComplaints.points()).isGreaterThan(BigDecimal.valueOf(12));
        assertThat(scorecard.classify(small).officeClass()).isEqualTo(OfficeClass.A);
    }

    @Test
    void theSameCountsAndRulesGiveTheSameVerdict() {
        OfficeTally office = office("RO-0001", 140).complaints(3).welfare(2).absconding(5).permitsOnTime(120)
                .decided(60, 4).attested(100, 3).expired(20, 2).serious(1).build();
        OfficeTally other = office("RO-0002", 800).complaints(9).decided(300, 12).build();

        Verdict first = Scorecard.pooling(RULES, List.of(office, other)).classify(office);
        Verdict again = Scorecard.pooling(RULES, List.of(other, office)).classify(office);

        assertThat(again).isEqualTo(first);
    }

    private static OfficeClass classOfScore(String wanted) {
        OfficeTally office = losing(BigDecimal.valueOf(100).subtract(new BigDecimal(wanted)));
        Verdict verdict = Scorecard.pooling(RULES, List.of(office)).classify(office);
        assertThat(verdict.score()).isEqualByComparingTo(wanted);
        return verdict.officeClass();
    }

    /**
     * An office alone in the country (so its values are its rates) that loses exactly the points asked for, in
     * tenths: welfare cases all 15 when more than 45 are to go, then complaints (20), MoI rejections (10),
     * attestation refusals (10) and unused approvals (5), each losing linearly in its count.
     */
    private static OfficeTally losing(BigDecimal points) {
        BigDecimal left = points;
        long welfare = 400;
        if (left.compareTo(BigDecimal.valueOf(45)) > 0) {
            welfare = 3_000;
            left = left.subtract(BigDecimal.valueOf(15));
        }
        BigDecimal complaints = left.min(BigDecimal.valueOf(20));
        left = left.subtract(complaints);
        BigDecimal rejections = left.min(BigDecimal.TEN);
        left = left.subtract(rejections);
        BigDecimal refusals = left.min(BigDecimal.TEN);
        left = left.subtract(refusals);
        return office("RO-0009", 20_000).welfare(welfare)
                .complaints(linear(200, 90, complaints))
                .decided(10_000, linear(200, 180, rejections))
                .attested(10_000, linear(200, 180, refusals))
                .expired(10_000, linear(500, 500, left))
                .build();
    }

    private static long linear(long atFullPoints, long perPointLost, BigDecimal lost) {
        return BigDecimal.valueOf(atFullPoints).add(BigDecimal.valueOf(perPointLost).multiply(lost)).longValueExact();
    }

    private static Metric metric(Verdict verdict, MetricCode code) {
        return verdict.metrics().stream().filter(metric -> metric.code() == code).findFirst().orElseThrow();
    }

    private static Office office(String licenceNo, long placed) {
        return new Office(licenceNo, placed);
    }

    /** An office's counts, all clean unless said: every placed worker with a permit on time. */
    private static final class Office {
        private final String licenceNo;
        private final long placed;
        private final Map<MetricCode, MetricCount> counts = new EnumMap<>(MetricCode.class);
        private boolean active = true;
        private long serious;
        private Set<String> confirmedRules = Set.of();

        Office(String licenceNo, long placed) {
            this.licenceNo = licenceNo;
            this.placed = placed;
            permitsOnTime(placed);
        }

        Office complaints(long count) {
            return count(MetricCode.SUBSTANTIATED_COMPLAINTS, count, placed);
        }

        Office welfare(long count) {
            return count(MetricCode.WELFARE_CASES, count, placed);
        }

        Office absconding(long count) {
            return count(MetricCode.ABSCONDING_REPORTS, count, placed);
        }

        Office permitsOnTime(long count) {
            return count(MetricCode.PERMITS_ON_TIME, count, placed);
        }

        Office decided(long decided, long rejected) {
            return count(MetricCode.MOI_REJECTIONS, rejected, decided);
        }

        Office attested(long attestations, long refused) {
            return count(MetricCode.ATTESTATION_REFUSALS, refused, attestations);
        }

        Office expired(long expired, long unused) {
            return count(MetricCode.UNUSED_APPROVALS, unused, expired);
        }

        Office serious(long flags) {
            serious = flags;
            return count(MetricCode.SERIOUS_FLAGS, flags, placed);
        }

        Office confirmed(String rule) {
            confirmedRules = Set.of(rule);
            return this;
        }

        Office inactive() {
            active = false;
            return this;
        }

        OfficeTally build() {
            return new OfficeTally(licenceNo, active, placed, counts, new OfficeFlagTally(serious, 0, confirmedRules));
        }

        private Office count(MetricCode code, long count, long denominator) {
            counts.put(code, new MetricCount(code, count, denominator));
            return this;
        }
    }
}
