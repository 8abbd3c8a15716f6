package jo.gov.mol.dwr.routes.delivery;

import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.transport.http.HTTPException;

/**
 * Tells a failure worth retrying from one that will not pass (decisions.md): no connection, HTTP 5xx or 429 and
 * a SOAP {@code Server} fault are retried; other HTTP 4xx and a SOAP {@code Client} fault are permanent.
 */
final class DeliveryFailures {
    private DeliveryFailures() {
    }

    static DeliveryFailure classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DeliveryFailure known) {
                return known;
            }
            if (t instanceof SoapFault fault) {
                boolean client = "Client".equals(fault.getFaultCode().getLocalPart())
                        || "Sender".equals(fault.getFaultCode().getLocalPart());
                return new DeliveryFailure(client, "SOAP " + fault.getFaultCode().getLocalPart() + " fault: " + fault.getMessage(), failure);
            }
            if (t instanceof HTTPException http) {
                int status = http.getResponseCode();
                boolean permanent = status >= 400 && status < 500 && status != 429;
                return new DeliveryFailure(permanent, "HTTP " + status + " from " + http.getUrl(), failure);
            }
        }
        return new DeliveryFailure(false, rootMessage(failure), failure);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
