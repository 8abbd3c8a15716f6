package jo.gov.mol.dwr.routes.soap;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.camel.component.cxf.common.CxfPayload;
import org.apache.cxf.binding.soap.SoapHeader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import jo.gov.mol.dwr.routes.intake.Acceptance;

/** The {@code Ack} answer of the SOAP channels (MessageId, Status, ReceivedAt), in the channel's namespace. */
public final class SoapAcks {
    private static final ZoneId AMMAN = ZoneId.of("Asia/Amman");
    // looked up once: DocumentBuilderFactory.newInstance() searches the class path for a provider every time
    private static final DocumentBuilderFactory DOCUMENTS = DocumentBuilderFactory.newInstance();

    private SoapAcks() {
    }

    public static CxfPayload<SoapHeader> payload(String namespace, Acceptance acceptance) {
        Document doc = newDocument();
        Element ack = doc.createElementNS(namespace, "Ack");
        append(ack, namespace, "MessageId", acceptance.messageId());
        append(ack, namespace, "Status", acceptance.status().name());
        // not OffsetDateTime.toString(): it drops ":00" seconds, which is no xs:dateTime
        append(ack, namespace, "ReceivedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                acceptance.receivedAt().truncatedTo(ChronoUnit.MILLIS).atZone(AMMAN)));
        doc.appendChild(ack);
        return new CxfPayload<>(new ArrayList<>(), List.of(ack));
    }

    private static void append(Element parent, String namespace, String name, String text) {
        Element child = parent.getOwnerDocument().createElementNS(namespace, name);
        child.setTextContent(text);
        parent.appendChild(child);
    }

    private static Document newDocument() {
        try {
            return DOCUMENTS.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
