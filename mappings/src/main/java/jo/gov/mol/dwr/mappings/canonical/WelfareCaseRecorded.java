package jo.gov.mol.dwr.mappings.canonical;

import java.time.Instant;
import java.util.Objects;

/**
 * An embassy reports a welfare case about a worker (interfaces.md 4: a shelter admission, a repatriation request, a
 * missing worker, a complaint, a death). A record of the same embassy and reference under another message is a new
 * version of the case.
 *
 * @param office   null where the embassy names none
 * @param employer null where the embassy names none
 * @param summary  the embassy's free text (PHL); null for a record of a file
 */
public record WelfareCaseRecorded(CountryCode embassy, Reference caseRef, EmbassyRecordTime time,
                                  WorkerIdentity worker, LicenceNo office, NationalId employer,
                                  WelfareCategory category, String summary) implements CanonicalEvent {
    public WelfareCaseRecorded {
        Objects.requireNonNull(embassy, "embassy");
        Objects.requireNonNull(caseRef, "caseRef");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(category, "category");
    }

    @Override
    public String reference() {
        return caseRef.value();
    }

    @Override
    public String orderingKey() {
        return worker.passport().key();
    }

    @Override
    public Instant businessTime() {
        return time.businessTime();
    }
}
