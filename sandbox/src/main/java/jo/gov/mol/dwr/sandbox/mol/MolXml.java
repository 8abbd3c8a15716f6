package jo.gov.mol.dwr.sandbox.mol;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

import jo.gov.mol.dwr.mappings.mol.events.ObjectFactory;

/** The MoL request classes as XML: copies, SOAP envelopes, and the schema's date and time values. */
final class MolXml {
    private static final JAXBContext JAXB;
    private static final DatatypeFactory DATATYPES;

    static {
        try {
            JAXB = JAXBContext.newInstance(ObjectFactory.class);
            DATATYPES = DatatypeFactory.newInstance();
        } catch (JAXBException | DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private MolXml() {
    }

    /** A deep copy of a request, to damage without touching the original. */
    @SuppressWarnings("unchecked")
    static <T> T copy(T request) {
        try {
            return (T) JAXB.createUnmarshaller().unmarshal(new StringReader(marshal(request)));
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot copy " + request.getClass().getSimpleName(), e);
        }
    }

    /** The request in a SOAP 1.1 envelope, as the JAX-WS client would send it. */
    static String envelope(Object request) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + marshal(request) + "</soap:Body></soap:Envelope>";
    }

    private static String marshal(Object request) {
        try {
            Marshaller marshaller = JAXB.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
            StringWriter xml = new StringWriter();
            marshaller.marshal(request, xml);
            return xml.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write " + request.getClass().getSimpleName(), e);
        }
    }

    /** An {@code xs:date} without a zone, as the contract's {@code Date} wants. */
    static XMLGregorianCalendar date(LocalDate date) {
        return DATATYPES.newXMLGregorianCalendar(date.toString());
    }

    /** An {@code xs:dateTime} with its offset. */
    static XMLGregorianCalendar instant(OffsetDateTime at) {
        return DATATYPES.newXMLGregorianCalendar(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at));
    }
}
