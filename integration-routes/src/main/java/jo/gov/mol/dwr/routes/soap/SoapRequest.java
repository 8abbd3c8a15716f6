package jo.gov.mol.dwr.routes.soap;

import org.apache.camel.Exchange;
import org.apache.camel.component.cxf.common.message.CxfConstants;
import org.apache.cxf.message.Message;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the hub knows of one SOAP request once {@link SoapGate} let it in: the raw bytes as received, the
 * request element (parsed safely from those bytes) and the system account that sent it.
 */
public record SoapRequest(byte[] raw, Element element, String account) {
    static final String ELEMENT = SoapRequest.class.getName() + ".element";

    public static SoapRequest of(Exchange exchange) {
        Message message = exchange.getIn().getHeader(CxfConstants.CAMEL_CXF_MESSAGE, Message.class);
        HttpServletRequest http = (HttpServletRequest) message.get(AbstractHTTPDestination.HTTP_REQUEST);
        return new SoapRequest((byte[]) http.getAttribute(BodyLimitFilter.RAW_BODY), (Element) message.get(ELEMENT),
                account(http));
    }

    static String account(HttpServletRequest http) {
        return http.getUserPrincipal() == null ? null : http.getUserPrincipal().getName();
    }

    /** The request's MessageId, where it has one, for the records of a refusal. */
    public String messageId() {
        return messageIdOf(element);
    }

    static String messageIdOf(Element element) {
        if (element == null) {
            return null;
        }
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE && "MessageId".equals(n.getLocalName())) {
                String id = n.getTextContent().strip();
                return id.isEmpty() || id.length() > 100 ? null : id;
            }
        }
        return null;
    }
}
