package jo.gov.mol.dwr.mappings.xml;

import java.io.IOException;
import java.net.URL;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

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
    private static final String CURRENT_ELEMENT = "http://apache.org/xml/properties/dom/current-element-node";

    private final Schema schema;
    private final JAXBContext context;

    public XmlContract(String xsdResource, Class<?> objectFactory) {
        try {
            URL xsd = objectFactory.getClassLoader().getResource(xsdResource);
            if (xsd == null) {
                throw new IllegalStateException("schema not on the classpath: " + xsdResource);
            }
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file,nested");
            this.schema = factory.newSchema(xsd);
            this.context = JAXBContext.newInstance(objectFactory);
        } catch (SAXException | JAXBException e) {
            throw new IllegalStateException("cannot load contract " + xsdResource, e);
        }
    }

    /** A message element read against this contract: the binding object (possibly partial) and the problems found. */
    public record Reading(Object message, List<ValidationError> errors) {
    }

    public Reading read(Element element) {
        FieldErrors errors = new FieldErrors();
        errors.addAll(validate(element));
        Object message = null;
        try {
            // the element was parsed safely already; unmarshalling from DOM reads no further input
            message = JAXBIntrospector.getValue(context.createUnmarshaller().unmarshal(element));
        } catch (JAXBException e) {
            errors.add("", ErrorCode.UNKNOWN_MESSAGE_TYPE, "not a message of this contract: " + element.getLocalName());
        }
        return new Reading(message, errors.list());
    }

    private List<ValidationError> validate(Element element) {
        Validator validator = schema.newValidator();
        SchemaErrors errors = new SchemaErrors(element, () -> currentNode(validator));
        validator.setErrorHandler(errors);
        try {
            validator.validate(new DOMSource(element));
        } catch (SAXException e) {
            // already recorded by the error handler
        } catch (IOException e) {
            throw new IllegalStateException("validation read no input, yet failed", e);
        }
        return errors.errors();
    }

    private static Node currentNode(Validator validator) {
        try {
            return (Node) validator.getProperty(CURRENT_ELEMENT);
        } catch (SAXException e) {
            return null;
        }
    }
}
