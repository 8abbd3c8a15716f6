package jo.gov.mol.dwr.registry.flag;

/**
 * The evaluation that finds a flag ({@code scope}: {@code person:<id>} or {@code office:<licence>}) and the worker it
 * concerns, if any.
 */
record Subject(String scope, Long workerPersonId) {

    static Subject person(long personId) {
        return new Subject("person:" + personId, personId);
    }

    static Subject office(String licenceNo) {
        return new Subject("office:" + licenceNo, null);
    }

    /** The id of the flag's subject: the person, the office's licence or the employer's national number. */
    String idOf(Finding finding) {
        return switch (finding.rule().subject()) {
            case PERSON -> String.valueOf(workerPersonId);
            case OFFICE -> finding.office();
            case EMPLOYER -> finding.employer();
        };
    }
}
