package jo.gov.mol.dwr.mappings.canonical;

import java.time.Instant;
import java.time.LocalDate;

/** A worker moved from one employer to another; the office may be null. */
public record WorkerTransferred(Reference transferId, PassportRef passport, NationalId fromEmployer,
                                NationalId toEmployer, LicenceNo office, LocalDate effectiveOn) implements CanonicalEvent {
    @Override
    public String reference() {
        return transferId.value();
    }

    @Override
    public String orderingKey() {
        return passport.key();
    }

    @Override
    public Instant businessTime() {
        return CanonicalEvent.startOfAmmanDay(effectiveOn);
    }
}
