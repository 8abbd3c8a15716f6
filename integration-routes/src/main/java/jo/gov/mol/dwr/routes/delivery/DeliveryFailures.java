package jo.gov.mol.dwr.routes.delivery;

import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.transport.http.HTTPException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Tells a failure worth retrying from one that will not pass (decisions.md): no connection, HTTP 5xx or 429 and
 * a SOAP {@code Server} fault are retried; other HTTP 4xx and a SOAP {@code Client} fault are permanent. HTTP
 * failures come from CXF (SOAP) or Spring's {@code RestClient} (JSON).
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
                return new DeliveryFailure(permanent(status), "HTTP " + status + " from " + http.getUrl(), failure);
            }
            if (t instanceof RestClientResponseException http) {
                int status = http.getStatusCode().value();
                return new DeliveryFailure(permanent(status), "HTTP " + status + answered(http), failure);
            }
        }
        return new DeliveryFailure(false, rootMessage(failure), failure);
    }

    private static boolean permanent(int httpStatus) {
        return httpStatus >= 400 && httpStatus < 500 && httpStatus != 429;
    }

    /** The start of the receiver's answer: a refusal usually says there why. */
    private static String answered(RestClientResponseException http) {
        String body = http.getResponseBodyAsString().strip();
        if (body.isEmpty()) {
            return "";
        }
        return ": " + (body.length() <= 1000 ? body : body.substring(0, 1000) + "...");
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
