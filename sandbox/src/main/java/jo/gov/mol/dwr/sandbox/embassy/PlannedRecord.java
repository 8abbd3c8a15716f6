package jo.gov.mol.dwr.sandbox.embassy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jo.gov.mol.dwr.mappings.canonical.AttestationStatus;
import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.WelfareCategory;
import jo.gov.mol.dwr.sandbox.mol.Recruit;

/**
 * One record an embassy will send the hub, whatever its channel: an attestation of a worker's contract or a welfare
 * case, with what the channel is to do with it besides sending it once ({@link Twist}).
 *
 * @param embassy        the sending country, the worker's nationality
 * @param reference      the embassy's own reference, unique per embassy
 * @param eventId        the PHL channel's message id for the record; the file channels have none of their own
 * @param worker         the worker as MoL recruited them
 * @param middleName     the name the Philippine embassy writes between the given names and the surname (the mother's
 *                       maiden name); null elsewhere or when it has none
 * @param occurredAt     when the embassy attested or recorded the case, in Amman time (the files give the date only)
 * @param officeLicenceNo the recruitment office; null for a welfare case that names none
 * @param employerId     the employer's national number; null for a welfare case that names none
 * @param salary         the monthly salary the embassy attested, in {@code currency}; null for a welfare case
 * @param status         ATTESTED or REFUSED; null for a welfare case
 * @param reason         why the embassy refused; null otherwise
 * @param category       the welfare case's category; null for an attestation
 * @param summary        what PHL writes about a welfare case; null for an attestation
 */
public record PlannedRecord(Kind kind, String embassy, String reference, UUID eventId, Recruit worker,
                            String middleName, OffsetDateTime occurredAt, String officeLicenceNo, String employerId,
                            BigDecimal salary, String currency, AttestationStatus status, String reason,
                            WelfareCategory category, String summary, Twist twist) {

    public enum Kind { ATTESTATION, WELFARE_CASE }

    /** What happens to a record on its channel besides being sent once. */
    public enum Twist {
        NONE,
        /** PHL sends the event a second time under the same eventId; the hub answers DUPLICATE. */
        SENT_TWICE,
        /** First sent broken and refused (PHL: 400; files: reported as a bad record), then sent corrected. */
        BROKEN_FIRST,
        /** LKA's re-export carries the record changed: a new version of it, current from then on. */
        CHANGED_LATER
    }

    public boolean isAttestation() {
        return kind == Kind.ATTESTATION;
    }

    public LocalDate date() {
        return occurredAt.atZoneSameInstant(CanonicalEvent.AMMAN).toLocalDate();
    }

    /**
     * The record as the embassy sends it again after changing it: it corrected the salary it had recorded for an
     * attestation (a welfare case is recorded once more, a day later).
     */
    public PlannedRecord changed() {
        BigDecimal corrected = salary == null ? null : salary.add(BigDecimal.valueOf(25));
        return new PlannedRecord(kind, embassy, reference, eventId, worker, middleName, occurredAt.plusDays(1),
                officeLicenceNo, employerId, corrected, currency, status, reason, category, summary, twist);
    }
}
