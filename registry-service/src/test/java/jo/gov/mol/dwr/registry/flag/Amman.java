package jo.gov.mol.dwr.registry.flag;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;

/** Moments on the Amman calendar, the one the rules count days on (policy.md, "Time"). */
final class Amman {
    private Amman() {
    }

    static LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    /** 00:00 Amman on the day: when a rule about time passing fires. */
    static Instant midnight(LocalDate day) {
        return CanonicalEvent.startOfAmmanDay(day);
    }

    /** 10:00 Amman on the day: an ordinary business moment. */
    static Instant morning(LocalDate day) {
        return at(day, 10, 0);
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(CanonicalEvent.AMMAN).toInstant();
    }
}
