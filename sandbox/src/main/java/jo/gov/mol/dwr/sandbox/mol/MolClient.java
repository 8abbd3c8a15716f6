package jo.gov.mol.dwr.sandbox.mol;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.namespace.QName;

import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.transport.http.HTTPConduit;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPFaultException;

import jo.gov.mol.dwr.mappings.mol.events.AbscondingReport;
import jo.gov.mol.dwr.mappings.mol.events.Ack;
import jo.gov.mol.dwr.mappings.mol.events.Complaint;
import jo.gov.mol.dwr.mappings.mol.events.EmployerTransfer;
import jo.gov.mol.dwr.mappings.mol.events.MolEventsPortType;
import jo.gov.mol.dwr.mappings.mol.events.MolEventsService;
import jo.gov.mol.dwr.mappings.mol.events.OfficeLicence;
import jo.gov.mol.dwr.mappings.mol.events.RecruitmentRequest;
import jo.gov.mol.dwr.mappings.mol.events.ValidationError_Exception;
import jo.gov.mol.dwr.mappings.mol.events.WorkPermit;

/**
 * MoL's side of the events channel: sends one planned message to the hub over real SOAP/HTTP, signed in with HTTP
 * Basic as MoL's system account, and says what came back. Well-formed requests go through the JAX-WS client
 * generated from the published WSDL; a malformed one, which no JAX-WS client can produce, is posted as raw text.
 * <p>
 * Not thread-safe: one client per sending thread (a CXF proxy's request context is per proxy).
 */
public final class MolClient {
    /** What the hub answered. */
    public enum Answer { ACCEPTED, DUPLICATE, REFUSED, SERVER_FAULT, FAILED }

    /** The answer, and for anything but an {@code Ack} a short reason. */
    public record Result(Answer answer, String detail) {
    }

    private static final Pattern FAULT_CODE = Pattern.compile("<faultcode>(?:[^:<]*:)?([^<]+)</faultcode>");
    private static final HttpClient RAW = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final MolEventsPortType port;
    private final URI address;
    private final String authorization;

    /**
     * @param address   the hub's MoL events endpoint, e.g. {@code http://localhost:8080/services/mol/events}
     */
    public MolClient(URI address, String account, String password) {
        this.address = address;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((account + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.port = new MolEventsService().getMolEventsPort();
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, address.toString());
        context.put(BindingProvider.USERNAME_PROPERTY, account);
        context.put(BindingProvider.PASSWORD_PROPERTY, password);
        HTTPConduit conduit = (HTTPConduit) ClientProxy.getClient(port).getConduit();
        conduit.getClient().setConnectionTimeout(5_000);
        conduit.getClient().setReceiveTimeout(30_000);
    }

    public Result send(MolStream.Planned planned) {
        if (planned.defect() != null && planned.defect().isRaw()) {
            return sendRaw(planned);
        }
        try {
            Ack ack = call(planned.request());
            return new Result(Answer.valueOf(ack.getStatus().name()), null);
        } catch (ValidationError_Exception refused) {
            return new Result(Answer.REFUSED, refused.getFaultInfo().getField() + ": " + refused.getFaultInfo().getCode());
        } catch (SOAPFaultException fault) {
            QName code = fault.getFault().getFaultCodeAsQName();
            return new Result("Client".equals(code.getLocalPart()) ? Answer.REFUSED : Answer.SERVER_FAULT, fault.getMessage());
        } catch (WebServiceException failure) {
            return new Result(Answer.FAILED, String.valueOf(failure.getMessage()));
        }
    }

    private Ack call(Object request) throws ValidationError_Exception {
        if (request instanceof RecruitmentRequest r) {
            return port.recruitmentRequest(r);
        } else if (request instanceof WorkPermit r) {
            return port.workPermit(r);
        } else if (request instanceof Complaint r) {
            return port.complaint(r);
        } else if (request instanceof AbscondingReport r) {
            return port.abscondingReport(r);
        } else if (request instanceof EmployerTransfer r) {
            return port.employerTransfer(r);
        } else if (request instanceof OfficeLicence r) {
            return port.officeLicence(r);
        }
        throw new IllegalArgumentException("not a MoL request: " + request.getClass().getName());
    }

    /** The request cut off half-way, as a sender that lost its connection mid-write might leave it. */
    private Result sendRaw(MolStream.Planned planned) {
        String envelope = MolXml.envelope(planned.request());
        String cut = envelope.substring(0, envelope.length() / 2);
        HttpRequest request = HttpRequest.newBuilder(address)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(cut, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = RAW.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher code = FAULT_CODE.matcher(response.body());
            if (response.statusCode() == 500 && code.find()) {
                return new Result("Client".equals(code.group(1)) ? Answer.REFUSED : Answer.SERVER_FAULT, code.group(1));
            }
            return new Result(Answer.FAILED, "HTTP " + response.statusCode());
        } catch (IOException e) {
            return new Result(Answer.FAILED, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(Answer.FAILED, "interrupted");
        }
    }
}
