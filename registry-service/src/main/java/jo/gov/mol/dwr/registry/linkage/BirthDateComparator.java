package jo.gov.mol.dwr.registry.linkage;

import java.util.List;
import java.util.function.Function;

/**
 * Compares birth dates written as eight digits, yyyyMMdd. Dates are typed by hand and read from dd/MM/yyyy and
 * MM/dd/yyyy habits alike, so a swapped day and month and a single mistyped (or two transposed) digit are told
 * apart from a different date; the digits are compared rather than the calendar so that an impossible typed date
 * still counts as a typo.
 */
public final class BirthDateComparator<R> extends ValueComparator<R, String> {

    public static final int EXACT = 0;
    public static final int DAY_MONTH_SWAPPED = 1;
    public static final int ONE_DIGIT = 2;
    public static final int SAME_YEAR = 3;
    public static final int DIFFERENT = 4;
    private static final List<String> LEVELS = List.of("EXACT", "DAY_MONTH_SWAPPED", "ONE_DIGIT", "SAME_YEAR", "DIFFERENT");

    public BirthDateComparator(String field, Function<R, String> digits) {
        super(field, LEVELS, digits);
    }

    /** A date that is not eight digits is no evidence. */
    @Override
    boolean isAbsent(String digits) {
        return digits == null || digits.length() != 8 || !digits.chars().allMatch(Character::isDigit);
    }

    @Override
    int grade(String a, String b) {
        if (a.equals(b)) {
            return EXACT;
        }
        if (a.startsWith(b.substring(0, 4)) && a.substring(4, 6).equals(b.substring(6, 8))
                && a.substring(6, 8).equals(b.substring(4, 6))) {
            return DAY_MONTH_SWAPPED;
        }
        if (oneTypoApart(a, b)) {
            return ONE_DIGIT;
        }
        return a.startsWith(b.substring(0, 4)) ? SAME_YEAR : DIFFERENT;
    }

    /** One digit changed, or two neighbouring digits transposed. */
    private static boolean oneTypoApart(String a, String b) {
        int first = -1;
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                differences++;
                first = first < 0 ? i : first;
            }
        }
        return differences == 1 || differences == 2 && first + 1 < a.length()
                && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first);
    }
}
