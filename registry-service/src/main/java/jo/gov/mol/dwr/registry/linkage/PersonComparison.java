package jo.gov.mol.dwr.registry.linkage;

import java.util.List;

/**
 * The fields on which two person records are compared, and the m and u that weigh them by default.
 * <p>
 * The defaults are set by hand, not estimated: the registry starts empty (decisions.md), so there is nothing to
 * estimate from on the first day, and set values make each stored weight reproducible. They were chosen so that
 * (a) the same full name and birth date outweigh a renewed passport number, (b) a common name in the same birth
 * year, or a shared approval number alone, never reaches a link, and (c) a passport number with a birth-date typo
 * still does; {@code PersonLinkageEvaluationTests} measures them on labelled records. Once the registry holds real
 * pairs, {@link ExpectationMaximisation} can re-estimate them from its candidate pairs (as the Febrl benchmark does).
 * u is the share among two different people of the nine nationalities; m among records of one person as the
 * sources differ.
 */
public final class PersonComparison {

    private PersonComparison() {
    }

    public static RecordComparison<StandardisedPerson> fields() {
        return new RecordComparison<>(List.of(
                new NameComparator(),
                new BirthDateComparator<>("birthDate", StandardisedPerson::birthDateDigits),
                new SameValueComparator<>("sex", StandardisedPerson::sex),
                new SameValueComparator<>("nationality", StandardisedPerson::nationality),
                new EditDistanceComparator<>("passport", StandardisedPerson::passportKey),
                new SharedNumberComparator()));
    }

    public static MatchModel defaultWeights() {
        List<FieldComparator<StandardisedPerson>> fields = fields().comparators();
        return new MatchModel(List.of(
                // EXACT, VARIANT, MISSING_TOKEN, ONE_TOKEN, PARTIAL, DIFFERENT
                FieldWeights.of(fields.get(0),
                        new double[] {0.73, 0.15, 0.07, 0.02, 0.02, 0.01},
                        new double[] {0.0003, 0.001, 0.003, 0.003, 0.05, 0.9427}),
                // EXACT, DAY_MONTH_SWAPPED, ONE_DIGIT, SAME_YEAR, DIFFERENT: u of a day in ~30 birth years
                FieldWeights.of(fields.get(1),
                        new double[] {0.92, 0.02, 0.04, 0.005, 0.015},
                        new double[] {0.0001, 0.0001, 0.003, 0.03, 0.9668}),
                // SAME, DIFFERENT: most workers are women, so agreeing on sex says little
                FieldWeights.of(fields.get(2),
                        new double[] {0.98, 0.02},
                        new double[] {0.75, 0.25}),
                // SAME, DIFFERENT: nine nationalities, unevenly large
                FieldWeights.of(fields.get(3),
                        new double[] {0.985, 0.015},
                        new double[] {0.15, 0.85}),
                // EXACT, ONE_EDIT, DIFFERENT: a different number is mostly a renewal, so it weighs little against
                FieldWeights.of(fields.get(4),
                        new double[] {0.88, 0.02, 0.10},
                        new double[] {0.000001, 0.0005, 0.999499}),
                // SHARED, NONE_SHARED: a request and an approval are different numbers, so none shared says nothing
                FieldWeights.of(fields.get(5),
                        new double[] {0.6, 0.99},
                        new double[] {0.0005, 0.9995})));
    }
}
