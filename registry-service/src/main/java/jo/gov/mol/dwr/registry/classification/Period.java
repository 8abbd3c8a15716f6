package jo.gov.mol.dwr.registry.classification;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The whole calendar months an office is classified for, Amman dates (policy.md: by default the 12 months up to the
 * end of the last complete month).
 */
public record Period(YearMonth firstMonth, YearMonth lastMonth) {
    public Period {
        Objects.requireNonNull(firstMonth, "firstMonth");
        Objects.requireNonNull(lastMonth, "lastMonth");
        if (lastMonth.isBefore(firstMonth)) {
            throw new IllegalArgumentException("a period ends no earlier than it starts: " + firstMonth + "/" + lastMonth);
        }
    }

    /** The {@code months} whole months before the month of {@code today}: on 2026-11-15, 12 months are 2025-11/2026-10. */
    public static Period monthsBefore(LocalDate today, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("a period has at least one month, not " + months);
        }
        YearMonth last = YearMonth.from(today).minusMonths(1);
        return new Period(last.minusMonths(months - 1L), last);
    }

    /** The last day of the month before {@code today}'s: the last day of every default period ending now. */
    public static LocalDate lastDayBefore(LocalDate today) {
        return YearMonth.from(today).minusMonths(1).atEndOfMonth();
    }

    public LocalDate firstDay() {
        return firstMonth.atDay(1);
    }

    public LocalDate lastDay() {
        return lastMonth.atEndOfMonth();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    /** As MoL and the API write it: {@code 2025-11/2026-10}. */
    @Override
    public String toString() {
        return firstMonth + "/" + lastMonth;
    }
}
