package jo.gov.mol.dwr.mappings.xml;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.GregorianCalendar;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

/** Writes an outbound message element of a generated binding to XML text, and the binding's calendar values. */
public final class XmlWriter {
    private static final ZoneId AMMAN = ZoneId.of("Asia/Amman");
    private static final DatatypeFactory TYPES = types();

    private final JAXBContext context;

    public XmlWriter(Class<?> objectFactory) {
        try {
            this.context = JAXBContext.newInstance(objectFactory);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot load binding " + objectFactory.getName(), e);
        }
    }

    /** The element as XML text, without an XML declaration. */
    public String write(Object element) {
        try {
            Marshaller marshaller = context.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
            StringWriter out = new StringWriter();
            marshaller.marshal(element, out);
            return out.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write " + element.getClass().getSimpleName(), e);
        }
    }

    /** An instant as an Amman date-time with its offset, as the contracts publish times. */
    public static XMLGregorianCalendar dateTime(Instant instant) {
        return TYPES.newXMLGregorianCalendar(GregorianCalendar.from(instant.atZone(AMMAN)));
    }

    public static XMLGregorianCalendar date(LocalDate date) {
        return date == null ? null : TYPES.newXMLGregorianCalendarDate(date.getYear(), date.getMonthValue(),
                date.getDayOfMonth(), DatatypeConstants.FIELD_UNDEFINED);
    }

    private static DatatypeFactory types() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
