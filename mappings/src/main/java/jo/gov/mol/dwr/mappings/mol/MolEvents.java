package jo.gov.mol.dwr.mappings.mol;

import java.time.Instant;

import org.w3c.dom.Element;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.mol.events.ObjectFactory;
import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.FieldErrors;
import jo.gov.mol.dwr.mappings.xml.XmlContract;

/**
 * The MoL DWS event contract (interfaces.md 1a): reads one request element, checks it against the schema and
 * the contract's rules, and gives the canonical fact, or throws every problem found.
 */
public final class MolEvents {
    public static final String NAMESPACE = "urn:jo:gov:mol:dws:1";
    public static final String XSD = "mol/dws-events.xsd";
    public static final String WSDL = "mol/dws-events.wsdl";

    private static final XmlContract CONTRACT = new XmlContract(XSD, ObjectFactory.class);

    private MolEvents() {
    }

    /**
     * @throws jo.gov.mol.dwr.mappings.validation.InvalidMessageException with one error per problem
     */
    public static MolMessage read(Element request) {
        FieldErrors errors = new FieldErrors();
        if (!NAMESPACE.equals(request.getNamespaceURI())) {
            errors.add("", ErrorCode.UNKNOWN_MESSAGE_TYPE, "not a MoL DWS message: {" + request.getNamespaceURI() + "}" + request.getLocalName());
            errors.throwIfAny();
        }
        XmlContract.Reading reading = CONTRACT.read(request);
        errors.addAll(reading.errors());
        if (reading.message() == null) {
            errors.throwIfAny();
        }
        MolEventMapper mapper = new MolEventMapper(errors);
        String messageId = mapper.messageId(reading.message());
        Instant sentAt = mapper.sentAt(reading.message());
        CanonicalEvent event = mapper.event(reading.message());
        errors.throwIfAny();
        return new MolMessage(messageId, sentAt, event);
    }
}
