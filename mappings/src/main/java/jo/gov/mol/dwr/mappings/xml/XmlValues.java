package jo.gov.mol.dwr.mappings.xml;

import java.time.Instant;
import java.time.LocalDate;

import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.XMLGregorianCalendar;

/** Conversions from the XML binding's calendar values to java.time, for the mappers. */
public final class XmlValues {
    private XmlValues() {
    }

    public static LocalDate date(XMLGregorianCalendar value) {
        if (value == null || value.getYear() == DatatypeConstants.FIELD_UNDEFINED) {
            return null;
        }
        return LocalDate.of(value.getYear(), value.getMonth(), value.getDay());
    }

    /** An instant; a value without an offset gives null (the contracts require one and say so). */
    public static Instant instant(XMLGregorianCalendar value) {
        if (value == null || value.getTimezone() == DatatypeConstants.FIELD_UNDEFINED) {
            return null;
        }
        return value.toGregorianCalendar().toInstant();
    }
}
