package jo.gov.mol.dwr.registry.flag;

import java.time.LocalDate;

/**
 * The evaluation that finds a flag ({@code scope}: {@code person:<id>}, or {@code office:<licence>:<year start>}
 * for the quota) and the worker it concerns, if any, as the flag names them.
 */
record Subject(String scope, FlagView.Worker worker) {

    static Subject person(FlagView.Worker worker) {
        return new Subject(scopeOf(worker.id()), worker);
    }

    /** An office's licence year: the quota is judged a year at a time. */
    static Subject office(String licenceNo, LocalDate yearStart) {
        return new Subject("office:" + licenceNo + ":" + yearStart, null);
    }

    static String scopeOf(long personId) {
        return "person:" + personId;
    }

    Long workerPersonId() {
        return worker == null ? null : worker.id();
    }

    /** The id of the flag's subject: the person, the office's licence or the employer's national number. */
    String idOf(Finding finding) {
        return switch (finding.rule().subject()) {
            case PERSON -> String.valueOf(workerPersonId());
            case OFFICE -> finding.office();
            case EMPLOYER -> finding.employer();
        };
    }
}
