package jo.gov.mol.dwr.mappings.border;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import jo.gov.mol.dwr.mappings.canonical.BorderCrossed;
import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.FieldErrors;
import jo.gov.mol.dwr.mappings.validation.InvalidValueException;
import jo.gov.mol.dwr.mappings.xml.XmlSchema;

/**
 * The border crossings contract (interfaces.md 3): a real-time {@code Crossing} message or a nightly-file row to
 * the canonical {@link BorderCrossed}, or every problem found, each naming its element or column. Both readers share
 * one mapping, so that a row and its real-time twin give equal facts. The message id of either is the event id,
 * {@link BorderCrossed#reference()}.
 */
public final class BorderCrossings {
    public static final String NAMESPACE = "urn:jo:gov:psd:border:1";
    public static final String XSD = "border/crossing.xsd";

    private static final XmlSchema SCHEMA = new XmlSchema(XSD, BorderCrossings.class.getClassLoader());
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    private BorderCrossings() {
    }

    /**
     * Reads a real-time message: the schema, then the contract's rules (crossing point, check digits, dates).
     *
     * @throws jo.gov.mol.dwr.mappings.validation.InvalidMessageException with one error per problem, named by element
     */
    public static BorderCrossed read(Element crossing) {
        FieldErrors errors = new FieldErrors();
        if (!NAMESPACE.equals(crossing.getNamespaceURI()) || !"Crossing".equals(crossing.getLocalName())) {
            errors.add("", ErrorCode.UNKNOWN_MESSAGE_TYPE,
                    "not a border Crossing: {" + crossing.getNamespaceURI() + "}" + crossing.getLocalName());
            errors.throwIfAny();
        }
        errors.addAll(SCHEMA.validate(crossing));
        CrossingRow raw = new CrossingRow(text(crossing, "EventId"), text(crossing, "CrossingPoint"),
                text(crossing, "Direction"), text(crossing, "OccurredAt"), text(crossing, "MrzLine1"),
                text(crossing, "MrzLine2"), text(crossing, "VisaRef"));
        return new CrossingMapper(CrossingMapper.ELEMENTS, errors).map(raw, BorderCrossings::instantWithOffset);
    }

    /**
     * Reads one row of a nightly file, its {@code occurred_at} in Amman local time.
     *
     * @throws jo.gov.mol.dwr.mappings.validation.InvalidMessageException with one error per problem, named by column
     */
    public static BorderCrossed readRow(CrossingRow row) {
        return new CrossingMapper(CrossingMapper.COLUMNS, new FieldErrors()).map(row, BorderCrossings::ammanLocalTime);
    }

    private static Instant instantWithOffset(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw InvalidValueException.format(value, "a date and time with its offset",
                    "ISO-8601, for example 2026-03-20T03:12:45+03:00");
        }
    }

    /**
     * An Amman wall-clock time to its instant. In the hour that Amman's clocks went back (before Jordan kept summer
     * time all year, from October 2022) the earlier of the two instants is taken; a time the clocks skipped is refused.
     */
    private static Instant ammanLocalTime(String value) {
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(value, FILE_TIME);
        } catch (DateTimeException e) {
            throw InvalidValueException.format(value, "a date and time", "dd/MM/yyyy HH:mm:ss, Amman local time");
        }
        if (CanonicalEvent.AMMAN.getRules().getValidOffsets(local).isEmpty()) {
            throw new InvalidValueException(ErrorCode.INVALID_VALUE,
                    "'" + value + "' is not a time in Amman: the clocks moved forward over it");
        }
        return ZonedDateTime.ofLocal(local, CanonicalEvent.AMMAN, null).toInstant();
    }

    /** The text of the message's child element of that name, or null when there is none. */
    private static String text(Element parent, String name) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE && NAMESPACE.equals(child.getNamespaceURI())
                    && name.equals(child.getLocalName())) {
                return child.getTextContent();
            }
        }
        return null;
    }
}
