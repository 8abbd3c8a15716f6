package jo.gov.mol.dwr.sandbox.nation;

/**
 * A flag the registry must raise: the rule, the person it concerns, and the episode it stands for (policy.md's "one
 * flag per"): {@code person}, {@code request:<RequestId>}, {@code attestation:<reference>}, {@code entry:<EventId>},
 * {@code exit:<EventId>}, {@code approval:<ApprovalNo>}, {@code report:<ReportId or reference>} or
 * {@code transfers-from:<TransferId>}.
 *
 * @param passportNo the passport the episode's records carry
 */
public record ExpectedFlag(String rule, String personId, String nationality, String passportNo, String episode) {
}
