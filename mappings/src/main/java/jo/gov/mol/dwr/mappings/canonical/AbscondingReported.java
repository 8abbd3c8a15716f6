package jo.gov.mol.dwr.mappings.canonical;

import java.time.Instant;
import java.time.LocalDate;

/** An employer reported that a worker left them. */
public record AbscondingReported(Reference reportId, NationalId employer, PassportRef passport, LocalDate lastSeenOn,
                                 LocalDate reportedOn) implements CanonicalEvent {
    @Override
    public String reference() {
        return reportId.value();
    }

    @Override
    public String orderingKey() {
        return passport.key();
    }

    @Override
    public Instant businessTime() {
        return CanonicalEvent.startOfAmmanDay(reportedOn);
    }
}
