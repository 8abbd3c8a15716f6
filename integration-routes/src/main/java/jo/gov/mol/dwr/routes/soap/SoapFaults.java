package jo.gov.mol.dwr.routes.soap;

import java.util.List;

import org.apache.cxf.binding.soap.Soap11;
import org.apache.cxf.binding.soap.SoapFault;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import jo.gov.mol.dwr.mappings.validation.ValidationError;

/**
 * The two faults the hub answers on its SOAP channels: {@code Client} with one {@code ValidationError}
 * ({@code Field}, {@code Reason}, {@code Code}) per problem, in the channel's own namespace; and {@code Server}
 * when the hub could not make the message durable, which tells the sender to retry. Neither carries a trace.
 */
public final class SoapFaults {
    private SoapFaults() {
    }

    public static SoapFault client(String namespace, List<ValidationError> errors) {
        SoapFault fault = new SoapFault(summary(errors), Soap11.getInstance().getSender());
        Element detail = fault.getOrCreateDetail();
        Document doc = detail.getOwnerDocument();
        for (ValidationError error : errors) {
            Element e = doc.createElementNS(namespace, "ValidationError");
            append(e, namespace, "Field", error.field());
            append(e, namespace, "Reason", error.reason());
            append(e, namespace, "Code", error.code().code());
            detail.appendChild(e);
        }
        return fault;
    }

    public static SoapFault server() {
        return new SoapFault("The hub could not keep the message; nothing was accepted. Send it again.",
                Soap11.getInstance().getReceiver());
    }

    private static void append(Element parent, String namespace, String name, String text) {
        Element child = parent.getOwnerDocument().createElementNS(namespace, name);
        child.setTextContent(text);
        parent.appendChild(child);
    }

    private static String summary(List<ValidationError> errors) {
        return errors.size() == 1
                ? "The message was refused: " + errors.get(0).reason()
                : "The message was refused: " + errors.size() + " problems, listed in the detail";
    }
}
