package jo.gov.mol.dwr.registry.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import jo.gov.mol.dwr.mappings.canonical.OfficeClass;
import jo.gov.mol.dwr.registry.api.RequestRefused;
import jo.gov.mol.dwr.registry.reference.MetricCode;

/** A classification's review (policy.md): who may move it where, and what each step leaves in force. */
class ClassificationTests {
    private static final Period PERIOD = new Period(YearMonth.of(2025, 11), YearMonth.of(2026, 10));
    private static final Instant AT = Instant.parse("2026-11-01T23:00:00Z");

    @Test
    void aComputedClassificationIsProposedAndNotInForce() {
        Classification proposed = proposed(OfficeClass.B);

        assertThat(proposed.status()).isEqualTo(ClassificationStatus.PROPOSED);
        assertThat(proposed.inForceAt()).isNull();
        assertThat(proposed.steps()).extracting(ClassificationStep::step).containsExactly(ClassificationStatus.PROPOSED);
    }

    @Test
    void aConfirmedClassificationIsInForceFromTheConfirmation() {
        Classification classification = proposed(OfficeClass.B);

        classification.confirm("regina", AT);

        assertThat(classification.status()).isEqualTo(ClassificationStatus.CONFIRMED);
        assertThat(classification.inForceAt()).isEqualTo(AT);
        assertThat(classification.steps().get(1)).isEqualTo(
                new ClassificationStep(ClassificationStatus.CONFIRMED, OfficeClass.B, "regina", AT, null));
    }

    @Test
    void anOverrideBetweenClassesAboveDIsInForceAtOnceWithItsReason() {
        Classification classification = proposed(OfficeClass.B);

        boolean inForce = classification.override(OfficeClass.C, "late salaries reported by inspectors", "regina", AT);

        assertThat(inForce).isTrue();
        assertThat(classification.status()).isEqualTo(ClassificationStatus.OVERRIDDEN);
        assertThat(classification.officeClass()).isEqualTo(OfficeClass.C);
        assertThat(classification.computedClass()).isEqualTo(OfficeClass.B);
        assertThat(classification.steps().get(1).reason()).isEqualTo("late salaries reported by inspectors");
    }

    @Test
    void anOverrideIntoOrOutOfDAwaitsASecondRegulator() {
        Classification intoD = proposed(OfficeClass.C);
        Classification outOfD = proposed(OfficeClass.D);

        assertThat(intoD.override(OfficeClass.D, "forged contracts", "regina", AT)).isFalse();
        assertThat(outOfD.override(OfficeClass.C, "licence reinstated", "regina", AT)).isFalse();

        assertThat(intoD.status()).isEqualTo(ClassificationStatus.AWAITING_APPROVAL);
        assertThat(outOfD.status()).isEqualTo(ClassificationStatus.AWAITING_APPROVAL);
        assertThat(intoD.inForceAt()).isNull();
    }

    @Test
    void theRegulatorWhoOverrodeCanNeitherApproveNorRejectIt() {
        Classification classification = proposed(OfficeClass.C);
        classification.override(OfficeClass.D, "forged contracts", "regina", AT);

        assertThatThrownBy(() -> classification.approve("agreed", "regina", AT))
                .isInstanceOfSatisfying(RequestRefused.class, refused -> assertThat(refused.code()).isEqualTo("own_override"));
        assertThatThrownBy(() -> classification.reject("withdrawn", "regina", AT))
                .isInstanceOfSatisfying(RequestRefused.class, refused -> assertThat(refused.code()).isEqualTo("own_override"));
        assertThat(classification.status()).isEqualTo(ClassificationStatus.AWAITING_APPROVAL);
    }

    @Test
    void aSecondRegulatorsApprovalPutsTheOverrideInForce() {
        Classification classification = proposed(OfficeClass.C);
        classification.override(OfficeClass.D, "forged contracts", "regina", AT);

        classification.approve("the inspection report holds", "rami", AT.plusSeconds(60));

        assertThat(classification.status()).isEqualTo(ClassificationStatus.OVERRIDDEN);
        assertThat(classification.officeClass()).isEqualTo(OfficeClass.D);
        assertThat(classification.inForceAt()).isEqualTo(AT.plusSeconds(60));
    }

    @Test
    void aRejectedOverrideLeavesTheComputedClassProposedAgainWithTheRejectionInItsHistory() {
        Classification classification = proposed(OfficeClass.C);
        classification.override(OfficeClass.D, "forged contracts", "regina", AT);

        classification.reject("the report is not conclusive", "rami", AT);

        assertThat(classification.status()).isEqualTo(ClassificationStatus.PROPOSED);
        assertThat(classification.officeClass()).isEqualTo(OfficeClass.C);
        assertThat(classification.steps()).extracting(ClassificationStep::step).containsExactly(
                ClassificationStatus.PROPOSED, ClassificationStatus.AWAITING_APPROVAL, ClassificationStatus.REJECTED,
                ClassificationStatus.PROPOSED);
        assertThat(classification.steps().get(2).officeClass()).isEqualTo(OfficeClass.D);
        // and it can be confirmed now, as any proposal
        classification.confirm("regina", AT);
        assertThat(classification.status()).isEqualTo(ClassificationStatus.CONFIRMED);
    }

    @Test
    void refusesATransitionTheStatusDoesNotAllowAsAConflict() {
        Classification confirmed = proposed(OfficeClass.B);
        confirmed.confirm("regina", AT);
        Classification proposed = proposed(OfficeClass.B);

        assertThatThrownBy(() -> confirmed.confirm("rami", AT)).isInstanceOfSatisfying(RequestRefused.class,
                refused -> assertThat(refused.status().value()).isEqualTo(409));
        assertThatThrownBy(() -> confirmed.override(OfficeClass.A, "why not", "rami", AT))
                .isInstanceOf(RequestRefused.class);
        assertThatThrownBy(() -> proposed.approve("nothing to approve", "rami", AT))
                .isInstanceOfSatisfying(RequestRefused.class,
                        refused -> assertThat(refused.code()).isEqualTo("transition_not_allowed"));
    }

    @Test
    void anOverrideGivesAnotherClassThanTheComputedOne() {
        assertThatThrownBy(() -> proposed(OfficeClass.B).override(OfficeClass.B, "same", "regina", AT))
                .isInstanceOfSatisfying(RequestRefused.class, refused -> assertThat(refused.code()).isEqualTo("invalid_request"));
    }

    @Test
    void recognisesTheSameResultWhateverTheScaleOfItsStoredDecimals() {
        Verdict verdict = verdict(OfficeClass.B);
        Classification classification = Classification.proposed("RO-0001", PERIOD, 1, verdict, "schedule", AT);
        Verdict rescaled = new Verdict(OfficeClass.B, new BigDecimal("75.00"), 40, 0, List.of(new Metric(
                MetricCode.SUBSTANTIATED_COMPLAINTS, 1, 40, new BigDecimal("2.5"),
                new BigDecimal("1.5"), new BigDecimal("1"), new BigDecimal("18.90"))));

        assertThat(classification.sameResultAs(PERIOD, 1, rescaled)).isTrue();
        assertThat(classification.sameResultAs(PERIOD, 2, rescaled)).as("another rule set version").isFalse();
        assertThat(classification.sameResultAs(new Period(YearMonth.of(2025, 12), YearMonth.of(2026, 11)), 1, rescaled))
                .as("another period").isFalse();
        assertThat(classification.sameResultAs(PERIOD, 1, verdict(OfficeClass.C))).as("another class").isFalse();
    }

    private static Classification proposed(OfficeClass computed) {
        return Classification.proposed("RO-0001", PERIOD, 1, verdict(computed), "schedule", AT);
    }

    private static Verdict verdict(OfficeClass computed) {
        return new Verdict(computed, new BigDecimal("75.0"), 40, 0, List.of(new Metric(
                MetricCode.SUBSTANTIATED_COMPLAINTS, 1, 40,
                new BigDecimal("2.500000"), new BigDecimal("1.500000"), new BigDecimal("1.000000"),
                new BigDecimal("18.9"))));
    }
}
