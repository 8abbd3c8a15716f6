package jo.gov.mol.dwr.sandbox.nation;

/**
 * A flag the registry must raise: one situation, as policy.md counts them (the rule, its subject and the episode of
 * the column "one flag per"), and the worker it concerns where there is one.
 *
 * @param subjectType PERSON, OFFICE or EMPLOYER (policy.md's table)
 * @param subjectId   the truth's person id, the office's licence number or the employer's national number
 * @param personId    the worker the flag concerns, or null (an office's licence year concerns no one worker)
 * @param passportNo  the passport the episode's records carry
 * @param episode     {@code person}, {@code passport:<nationality><number>}, {@code request:<RequestId>},
 *                    {@code attestation:<reference>}, {@code entry:<EventId>}, {@code exit:<EventId>},
 *                    {@code approval:<RequestId>} (the request MoI granted it on, which its decision names),
 *                    {@code report:<ReportId or reference>}, {@code transfers-from:<TransferId>},
 *                    {@code transfer:<TransferId>}, {@code permit:<PermitNo>} or {@code licence-year:<first day>}
 */
public record ExpectedFlag(String rule, String subjectType, String subjectId, String personId, String nationality,
                           String passportNo, String episode) {

    static final String PERSON = "PERSON";
    static final String OFFICE = "OFFICE";
    static final String EMPLOYER = "EMPLOYER";

    /** The situation's key: the rule, its subject and the episode. */
    String situation() {
        return rule + " " + subjectType + " " + subjectId + " " + episode;
    }
}
