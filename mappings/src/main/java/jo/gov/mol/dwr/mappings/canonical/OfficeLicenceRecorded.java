package jo.gov.mol.dwr.mappings.canonical;

import java.time.Instant;
import java.time.LocalDate;

/** A version of a recruitment office's licence: its status, validity and annual quota. */
public record OfficeLicenceRecorded(LicenceNo licenceNo, String nameEn, String nameAr, String governorate,
                                    LicenceStatus status, LocalDate validFrom, LocalDate validUntil,
                                    int annualQuota) implements CanonicalEvent {
    @Override
    public String reference() {
        return licenceNo.value();
    }

    @Override
    public String orderingKey() {
        return "office:" + licenceNo.value();
    }

    @Override
    public Instant businessTime() {
        return CanonicalEvent.startOfAmmanDay(validFrom);
    }
}
