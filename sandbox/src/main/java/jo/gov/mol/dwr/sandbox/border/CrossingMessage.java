package jo.gov.mol.dwr.sandbox.border;

import java.io.StringWriter;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jo.gov.mol.dwr.mappings.border.BorderCrossings;
import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;

/**
 * A crossing as the body of its real-time message (interfaces.md 3a): a {@code Crossing} element in the border's
 * namespace, {@code OccurredAt} to the second with Amman's offset, {@code VisaRef} only when there is one. Written
 * with StAX, which escapes the MRZ's {@code <} fillers.
 */
final class CrossingMessage {
    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private CrossingMessage() {
    }

    static String of(Crossing crossing) {
        Mrz mrz = crossing.mrz();
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(text);
            xml.setDefaultNamespace(BorderCrossings.NAMESPACE);
            xml.writeStartElement(BorderCrossings.NAMESPACE, "Crossing");
            xml.writeDefaultNamespace(BorderCrossings.NAMESPACE);
            element(xml, "EventId", crossing.eventId().toString());
            element(xml, "CrossingPoint", crossing.point().name());
            element(xml, "Direction", crossing.direction().name());
            element(xml, "OccurredAt", WITH_OFFSET.format(crossing.occurredAt().atZone(CanonicalEvent.AMMAN)));
            element(xml, "MrzLine1", mrz.line1());
            element(xml, "MrzLine2", mrz.line2());
            if (crossing.visaRef() != null) {
                element(xml, "VisaRef", crossing.visaRef());
            }
            xml.writeEndElement();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write crossing " + crossing.eventId(), e);
        }
        return text.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(BorderCrossings.NAMESPACE, name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
