package jo.gov.mol.dwr.mappings.canonical;

import java.time.Instant;
import java.time.LocalDate;

/** MoL issued (or renewed) a work permit; {@code requestId} is null for a renewal without one. */
public record WorkPermitIssued(PermitNo permitNo, RequestId requestId, PassportRef passport, NationalId employer,
                               LocalDate issuedOn, LocalDate expiresOn) implements CanonicalEvent {
    @Override
    public String reference() {
        return permitNo.value();
    }

    @Override
    public String orderingKey() {
        return passport.key();
    }

    @Override
    public Instant businessTime() {
        return CanonicalEvent.startOfAmmanDay(issuedOn);
    }
}
