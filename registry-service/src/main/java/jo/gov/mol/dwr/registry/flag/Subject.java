package jo.gov.mol.dwr.registry.flag;

/**
 * The evaluation that finds a flag ({@code scope}: {@code person:<id>} or {@code office:<licence>}) and the worker it
 * concerns, if any, as the flag names them.
 */
record Subject(String scope, FlagView.Worker worker) {

    static Subject person(FlagView.Worker worker) {
        return new Subject(scopeOf(worker.id()), worker);
    }

    static Subject office(String licenceNo) {
        return new Subject("office:" + licenceNo, null);
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
