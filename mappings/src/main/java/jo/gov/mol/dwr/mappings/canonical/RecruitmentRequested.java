package jo.gov.mol.dwr.mappings.canonical;

import java.time.Instant;

/** MoL recorded (or corrected) a request by an employer, through an office, to recruit a worker. */
public record RecruitmentRequested(RequestId requestId, LicenceNo office, Employer employer, WorkerIdentity worker,
                                   Occupation occupation, Money monthlySalary, int durationMonths,
                                   Instant requestedAt) implements CanonicalEvent {
    @Override
    public String reference() {
        return requestId.value();
    }

    @Override
    public String orderingKey() {
        return worker.passport().key();
    }

    @Override
    public Instant businessTime() {
        return requestedAt;
    }
}
