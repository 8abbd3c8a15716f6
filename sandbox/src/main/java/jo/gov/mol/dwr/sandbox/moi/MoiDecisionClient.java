package jo.gov.mol.dwr.sandbox.moi;

import java.net.URI;
import java.util.Map;

import javax.xml.namespace.QName;

import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transport.http.HTTPException;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPFaultException;

import jo.gov.mol.dwr.mappings.moi.approvals.Ack;
import jo.gov.mol.dwr.mappings.moi.approvals.ApprovalDecision;
import jo.gov.mol.dwr.mappings.moi.approvals.MoiDecisionsPortType;
import jo.gov.mol.dwr.mappings.moi.approvals.MoiDecisionsService;
import jo.gov.mol.dwr.mappings.moi.approvals.ValidationError_Exception;

/**
 * MoI's side of the decisions channel: sends one {@code ApprovalDecision} to the hub's {@code /services/moi/decisions}
 * with the JAX-WS client generated from the published WSDL, signed in with HTTP Basic as MoI's system account, and
 * says what came back. One proxy per thread: a CXF proxy's request context belongs to the proxy.
 */
public final class MoiDecisionClient {
    /** What the hub answered: an {@code Ack}, a refusal that a retry would not change, or nothing worth keeping. */
    public enum Answer { ACCEPTED, DUPLICATE, REFUSED, RETRY }

    public record Result(Answer answer, String detail) {
    }

    private final ThreadLocal<MoiDecisionsPortType> ports;

    public MoiDecisionClient(URI address, String account, String password) {
        this.ports = ThreadLocal.withInitial(() -> port(address, account, password));
    }

    public Result send(ApprovalDecision decision) {
        try {
            Ack ack = ports.get().approvalDecision(decision);
            return new Result(Answer.valueOf(ack.getStatus().name()), null);
        } catch (ValidationError_Exception refused) {
            return new Result(Answer.REFUSED, refused.getFaultInfo().getField() + ": " + refused.getFaultInfo().getCode());
        } catch (SOAPFaultException fault) {
            QName code = fault.getFault().getFaultCodeAsQName();
            return new Result("Client".equals(code.getLocalPart()) ? Answer.REFUSED : Answer.RETRY,
                    code.getLocalPart() + " fault: " + fault.getMessage());
        } catch (WebServiceException failure) {
            return new Result(isRefusal(failure) ? Answer.REFUSED : Answer.RETRY, String.valueOf(failure.getMessage()));
        }
    }

    /** An HTTP 4xx other than 429 (a wrong account, a body too large) will not pass on a second try either. */
    private static boolean isRefusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HTTPException http) {
                int status = http.getResponseCode();
                return status >= 400 && status < 500 && status != 429;
            }
        }
        return false;
    }

    private static MoiDecisionsPortType port(URI address, String account, String password) {
        MoiDecisionsPortType port = new MoiDecisionsService().getMoiDecisionsPort();
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, address.toString());
        context.put(BindingProvider.USERNAME_PROPERTY, account);
        context.put(BindingProvider.PASSWORD_PROPERTY, password);
        HTTPConduit conduit = (HTTPConduit) ClientProxy.getClient(port).getConduit();
        HTTPClientPolicy policy = conduit.getClient();
        policy.setConnectionTimeout(5_000);
        policy.setReceiveTimeout(30_000);
        return port;
    }
}
