package jo.gov.mol.dwr.routes.delivery;

/**
 * A failed delivery attempt. Transient failures (no connection, HTTP 5xx or 429, a SOAP {@code Server} fault) are
 * retried with backoff; permanent ones (other 4xx, a SOAP {@code Client} fault) go to the dead letters at once.
 */
public class DeliveryFailure extends RuntimeException {
    private final boolean permanent;

    public DeliveryFailure(boolean permanent, String reason, Throwable cause) {
        super(reason, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
