package jo.gov.mol.dwr.sandbox.nation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;

class DeliveryNoiseTests {
    private static final Noise ON_THE_WAY = new Noise(0.2, 0, 0.1, 0, 0.2, 0, 0, 0, 0.2, 0.2, 0.2, 0.2, 0.2);
    private static final Nation NATION = Nation.draw(NationSettings.of(42, 400, 12).withNoise(ON_THE_WAY));
    private static final DeliveryNoise NOISE = DeliveryNoise.of(NATION);

    @Test
    void sendsAboutItsShareOfMoiDecisionsDaysLate() {
        List<Step> decisions = steps(s -> s.system() == SourceSystem.MOI);

        long late = decisions.stream().filter(s -> NOISE.of(s).daysLate() > 0).count();

        assertThat(late).isBetween(decisions.size() * 10L / 100, decisions.size() * 30L / 100);
        assertThat(decisions).allSatisfy(s -> assertThat(NOISE.of(s).daysLate()).isBetween(0, 10));
    }

    @Test
    void holdsBackAboutItsShareOfTheCrossingsSentInRealTimeForADayOrTwo() {
        List<Step> sentInRealTime = steps(s -> s instanceof Step.Crossed c && !c.lost());

        long held = sentInRealTime.stream().filter(s -> NOISE.of(s).daysHeld() > 0).count();

        assertThat(held).isBetween(sentInRealTime.size() * 10L / 100, sentInRealTime.size() * 30L / 100);
        assertThat(sentInRealTime).allSatisfy(s -> assertThat(NOISE.of(s).daysHeld()).isBetween(0, 2));
        assertThat(steps(s -> s instanceof Step.Crossed c && c.lost())).allSatisfy(s -> assertThat(NOISE.of(s).daysHeld()).isZero());
    }

    @Test
    void breaksRowsOnlyOfFilesAndNeverTheOnlyCopyOfACrossing() {
        List<Step> broken = steps(s -> NOISE.of(s).badRow());
        List<Step> rows = steps(s -> s instanceof Step.Crossed c && !c.lost()
                || (s instanceof Step.Attested || s instanceof Step.WelfareCase) && s.system() != SourceSystem.EMBASSY_PHL);

        assertThat(broken).isSubsetOf(rows);
        assertThat((long) broken.size()).isBetween(rows.size() * 10L / 100, rows.size() * 30L / 100);
    }

    @Test
    void mistypesAboutItsShareOfEmbassyRecords() {
        List<Step> records = steps(s -> s instanceof Step.Attested || s instanceof Step.WelfareCase);

        long misspelt = records.stream().filter(s -> NOISE.of(s).misspelt()).count();

        assertThat(misspelt).isBetween(records.size() * 10L / 100, records.size() * 30L / 100);
        assertThat(steps(s -> NOISE.of(s).misspelt())).isSubsetOf(records);
    }

    @Test
    void anEmbassyClerksSlipChangesTheGivenNamesAloneAndTheSameWayEveryTime() {
        for (Journey journey : NATION.journeys()) {
            for (Step.Attested step : journey.steps(Step.Attested.class)) {
                var right = EmbassyRecords.of(journey, step, false).worker();
                var slipped = EmbassyRecords.of(journey, step, true).worker();
                assertThat(slipped.givenNames()).isNotEqualTo(right.givenNames())
                        .isEqualTo(EmbassyRecords.of(journey, step, true).worker().givenNames());
                assertThat(slipped.surname()).isEqualTo(right.surname());
                assertThat(slipped.passportNo()).isEqualTo(right.passportNo());
            }
        }
    }

    @Test
    void delaysReExportsAndRefusesAboutItsShareOfFilesAndOnlyCsvFilesWhole() {
        long nightly = NOISE.nightlyFiles(f -> true);
        long embassy = NOISE.embassyFiles(f -> true);

        assertThat(NOISE.nightlyFiles(f -> f.daysLate() > 0)).isBetween(nightly * 10 / 100, nightly * 30 / 100);
        assertThat(NOISE.nightlyFiles(f -> f.daysLate() > 5 || f.reExportedAfter() > 0 || f.refusedFirst())).isZero();
        assertThat(NOISE.embassyFiles(f -> f.daysLate() > 0)).isBetween(embassy * 10 / 100, embassy * 30 / 100);
        assertThat(NOISE.embassyFiles(f -> f.reExportedAfter() > 0)).isBetween(embassy * 10 / 100, embassy * 30 / 100);
        assertThat(NOISE.embassyFiles(DeliveryNoise.FileTwist::refusedFirst)).isPositive();
        Set<String> lkaDays = NATION.steps().stream().filter(s -> s.system() == SourceSystem.EMBASSY_LKA)
                .map(s -> s.date().toString()).collect(java.util.stream.Collectors.toSet());
        assertThat(lkaDays).isNotEmpty().allSatisfy(day -> assertThat(NOISE.ofEmbassyFile("LKA", java.time.LocalDate.parse(day))
                .refusedFirst()).isFalse());
    }

    @Test
    void leavesEverythingAloneWithoutNoise() {
        DeliveryNoise none = DeliveryNoise.of(Nation.draw(NationSettings.of(42, 400, 12).withNoise(Noise.none())));

        assertThat(none.count(t -> true)).isZero();
        assertThat(none.nightlyFiles(f -> !f.equals(DeliveryNoise.FileTwist.NONE))).isZero();
        assertThat(none.embassyFiles(f -> !f.equals(DeliveryNoise.FileTwist.NONE))).isZero();
    }

    private static List<Step> steps(Predicate<Step> which) {
        return NATION.steps().stream().filter(which).toList();
    }
}
