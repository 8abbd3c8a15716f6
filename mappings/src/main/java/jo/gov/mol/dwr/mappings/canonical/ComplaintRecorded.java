package jo.gov.mol.dwr.mappings.canonical;

import java.time.Instant;
import java.time.LocalDate;

/** A complaint about a worker's treatment, in its status as of this version; office and employer may be null. */
public record ComplaintRecorded(Reference complaintId, LocalDate filedOn, Complainant filedBy, PassportRef passport,
                                LicenceNo office, NationalId employer, ComplaintCategory category,
                                ComplaintStatus status) implements CanonicalEvent {
    @Override
    public String reference() {
        return complaintId.value();
    }

    @Override
    public String orderingKey() {
        return passport.key();
    }

    @Override
    public Instant businessTime() {
        return CanonicalEvent.startOfAmmanDay(filedOn);
    }
}
