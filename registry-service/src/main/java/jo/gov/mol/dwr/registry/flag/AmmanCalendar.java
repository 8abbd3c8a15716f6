package jo.gov.mol.dwr.registry.flag;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;

/** The calendar arithmetic of policy.md's rules: Amman dates, whole years of age, deadlines at 00:00. */
final class AmmanCalendar {
    private AmmanCalendar() {
    }

    static int ageOn(LocalDate born, LocalDate day) {
        return Period.between(born, day).getYears();
    }

    /**
     * When "N days after {@code day}" (both ends included) has passed: 00:00 Amman on the day after the last one
     * (NO_WORK_PERMIT: entry date + 30 included, raised at 00:00 on entry date + 31).
     */
    static Instant afterDays(LocalDate day, int days) {
        return CanonicalEvent.startOfAmmanDay(day.plusDays(days + 1L));
    }

    static LocalDate dateOf(Instant moment) {
        return LocalDate.ofInstant(moment, CanonicalEvent.AMMAN);
    }

    /** Whether {@code day} lies within {@code days} days from {@code start}, both ends included. */
    static boolean within(LocalDate day, LocalDate start, int days) {
        return !day.isBefore(start) && !day.isAfter(start.plusDays(days));
    }
}
