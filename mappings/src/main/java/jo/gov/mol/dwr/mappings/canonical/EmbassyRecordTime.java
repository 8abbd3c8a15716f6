package jo.gov.mol.dwr.mappings.canonical;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When an embassy's record is dated: PHL gives an instant, the file channels a date only.
 *
 * @param date       the Amman date of the record
 * @param occurredAt the instant PHL gives; null for a record of a file
 */
public record EmbassyRecordTime(LocalDate date, Instant occurredAt) {
    public EmbassyRecordTime {
        Objects.requireNonNull(date, "date");
    }

    public static EmbassyRecordTime at(Instant occurredAt) {
        return new EmbassyRecordTime(LocalDate.ofInstant(occurredAt, CanonicalEvent.AMMAN), occurredAt);
    }

    public static EmbassyRecordTime on(LocalDate date) {
        return new EmbassyRecordTime(date, null);
    }

    /** The instant, or 00:00 Amman of the date. */
    public Instant businessTime() {
        return occurredAt != null ? occurredAt : CanonicalEvent.startOfAmmanDay(date);
    }
}
