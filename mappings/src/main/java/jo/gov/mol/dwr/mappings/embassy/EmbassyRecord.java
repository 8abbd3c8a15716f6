package jo.gov.mol.dwr.mappings.embassy;

/**
 * The fields of one embassy record as text, whichever channel gave them (interfaces.md 4a-4c): a PHL event, an LKA
 * export element, a CSV row. Values are as read; blank means absent.
 *
 * @param kind   ATTESTATION or WELFARE_CASE
 * @param time   the record's own time or date, in the channel's form
 * @param name   the worker's whole name in the embassy's order
 * @param status ATTESTED or REFUSED, for an attestation
 * @param summary free text of a PHL welfare case; null elsewhere
 */
public record EmbassyRecord(String kind, String reference, String time, String passportNo, String name,
                            String birthDate, String sex, String officeLicenceNo, String employerId,
                            String salaryAmount, String currency, String status, String category, String reason,
                            String summary) {

    public static final String ATTESTATION = "ATTESTATION";
    public static final String WELFARE_CASE = "WELFARE_CASE";
}
