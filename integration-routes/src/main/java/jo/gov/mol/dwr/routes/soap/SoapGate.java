package jo.gov.mol.dwr.routes.soap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import jakarta.servlet.http.HttpServletRequest;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.InvalidMessageException;
import jo.gov.mol.dwr.mappings.validation.ValidationError;
import jo.gov.mol.dwr.mappings.xml.SafeXml;
import jo.gov.mol.dwr.routes.refusal.Refusals;

/**
 * The first look at a SOAP request, before CXF parses it: the raw bytes must be plain well-formed XML (no DTD,
 * so no external entities and no entity expansion), a SOAP 1.1 envelope whose body holds exactly one request
 * element of this channel. Anything else is a {@code Client} fault naming the reason, and only its refusal is kept.
 */
public class SoapGate extends AbstractPhaseInterceptor<Message> {
    private static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";

    private final SourceSystem system;
    private final String namespace;
    private final Set<String> requestElements;
    private final Refusals refusals;

    public SoapGate(SourceSystem system, String namespace, Set<String> requestElements, Refusals refusals) {
        super(Phase.RECEIVE);
        this.system = system;
        this.namespace = namespace;
        this.requestElements = Set.copyOf(requestElements);
        this.refusals = refusals;
    }

    @Override
    public void handleMessage(Message message) throws Fault {
        HttpServletRequest http = (HttpServletRequest) message.get(AbstractHTTPDestination.HTTP_REQUEST);
        if (http == null || !"POST".equals(http.getMethod())) {
            return;
        }
        byte[] raw = (byte[]) http.getAttribute(BodyLimitFilter.RAW_BODY);
        Element request = null;
        try {
            Document envelope = SafeXml.parse(raw == null ? new byte[0] : raw);
            request = requestElement(envelope);
            message.put(SoapRequest.ELEMENT, request);
        } catch (InvalidMessageException e) {
            refusals.record(system, SoapRequest.account(http), SoapRequest.messageIdOf(request), 500, e.errors());
            throw SoapFaults.client(namespace, e.errors());
        }
    }

    private Element requestElement(Document envelope) {
        Element root = envelope.getDocumentElement();
        if (!SOAP11.equals(root.getNamespaceURI()) || !"Envelope".equals(root.getLocalName())) {
            throw refused("", "the body is not a SOAP 1.1 envelope");
        }
        List<Element> bodyChildren = new ArrayList<>();
        for (Element part : children(root)) {
            if (SOAP11.equals(part.getNamespaceURI()) && "Body".equals(part.getLocalName())) {
                bodyChildren.addAll(children(part));
            }
        }
        if (bodyChildren.size() != 1) {
            throw refused("", "the SOAP body must hold exactly one request element, it holds " + bodyChildren.size());
        }
        Element request = bodyChildren.get(0);
        if (!namespace.equals(request.getNamespaceURI()) || !requestElements.contains(request.getLocalName())) {
            throw refused(request.getLocalName(), "{" + request.getNamespaceURI() + "}" + request.getLocalName()
                    + " is not a request of this service; expected one of " + requestElements + " in " + namespace);
        }
        return request;
    }

    private static InvalidMessageException refused(String field, String reason) {
        return new InvalidMessageException(new ValidationError(field, ErrorCode.UNKNOWN_MESSAGE_TYPE, reason));
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                children.add((Element) n);
            }
        }
        return children;
    }
}
