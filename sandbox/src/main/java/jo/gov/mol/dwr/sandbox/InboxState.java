package jo.gov.mol.dwr.sandbox;

/**
 * Where the hub has put the files an outside system dropped, at one moment ({@link DropFolder}).
 *
 * @param loaded   moved to {@code done/} (their good records loaded)
 * @param rejected moved to {@code rejected/} (refused whole)
 * @param waiting  still in the inbox
 */
public record InboxState(int loaded, int rejected, int waiting) {

    public int files() {
        return loaded + rejected + waiting;
    }
}
