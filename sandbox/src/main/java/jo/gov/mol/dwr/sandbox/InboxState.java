package jo.gov.mol.dwr.sandbox.border;

/**
 * Where the hub has put the nightly files the border wrote, at one moment.
 *
 * @param loaded   moved to {@code done/} (their good rows loaded)
 * @param rejected moved to {@code rejected/} (refused whole)
 * @param waiting  still in the inbox
 */
public record InboxState(int loaded, int rejected, int waiting) {
}
