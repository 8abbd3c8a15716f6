package jo.gov.mol.dwr.routes.soap;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.component.cxf.common.CxfPayload;
import org.apache.camel.component.cxf.common.message.CxfConstants;
import org.apache.cxf.binding.soap.SoapHeader;
import org.w3c.dom.Element;

import jo.gov.mol.dwr.mappings.xml.SafeXml;
import jo.gov.mol.dwr.routes.delivery.Delivery;
import jo.gov.mol.dwr.routes.delivery.DeliveryFailure;

/** The steps every outbound SOAP delivery shares: the stored message as the request, the answer's element. */
public final class SoapDeliveries {
    private SoapDeliveries() {
    }

    /** Turns the delivery in the body into the SOAP request: its stored element, its kind as the operation. */
    public static void request(Exchange exchange) {
        Delivery delivery = exchange.getMessage().getBody(Delivery.class);
        Element element = SafeXml.parse(delivery.payload().getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        exchange.getMessage().setHeader(CxfConstants.OPERATION_NAME, element.getLocalName());
        exchange.getMessage().setHeader(CxfConstants.OPERATION_NAMESPACE, element.getNamespaceURI());
        exchange.getMessage().setBody(new CxfPayload<SoapHeader>(new ArrayList<>(), new ArrayList<>(List.of(element))));
    }

    /** The answer's element; an empty answer is a failure worth retrying. */
    public static Element response(Exchange exchange) {
        @SuppressWarnings("unchecked")
        CxfPayload<SoapHeader> payload = exchange.getMessage().getBody(CxfPayload.class);
        if (payload == null || payload.getBody().isEmpty()) {
            throw new DeliveryFailure(false, "the receiver answered with an empty body", null);
        }
        return payload.getBody().get(0);
    }

    /** The text of the answer's first child element of this name, or a permanent failure naming what is missing. */
    public static String childText(Element answer, String name) {
        for (org.w3c.dom.Node n = answer.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == org.w3c.dom.Node.ELEMENT_NODE && name.equals(n.getLocalName())) {
                return n.getTextContent().strip();
            }
        }
        throw new DeliveryFailure(true, "the receiver's " + answer.getLocalName() + " has no " + name, null);
    }
}
