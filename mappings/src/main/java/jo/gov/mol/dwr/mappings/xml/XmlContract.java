package jo.gov.mol.dwr.mappings.xml;

import java.util.List;

import org.w3c.dom.Element;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.JAXBIntrospector;

import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.FieldErrors;
import jo.gov.mol.dwr.mappings.validation.ValidationError;

/**
 * One published XML contract: its schema and its generated binding. Reads a message element into the binding
 * object and lists every schema problem, each named by its field; the mapper that follows adds its own.
 */
public final class XmlContract {
    private final XmlSchema schema;
    private final JAXBContext context;

    public XmlContract(String xsdResource, Class<?> objectFactory) {
        this.schema = new XmlSchema(xsdResource, objectFactory.getClassLoader());
        try {
            this.context = JAXBContext.newInstance(objectFactory);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot load contract " + xsdResource, e);
        }
    }

    /** A message element read against this contract: the binding object (possibly partial) and the problems found. */
    public record Reading(Object message, List<ValidationError> errors) {
    }

    public Reading read(Element element) {
        FieldErrors errors = new FieldErrors();
        errors.addAll(schema.validate(element));
        Object message = null;
        try {
            // the element was parsed safely already; unmarshalling from DOM reads no further input
            message = JAXBIntrospector.getValue(context.createUnmarshaller().unmarshal(element));
        } catch (JAXBException e) {
            errors.add("", ErrorCode.UNKNOWN_MESSAGE_TYPE, "not a message of this contract: " + element.getLocalName());
        }
        return new Reading(message, errors.list());
    }
}
