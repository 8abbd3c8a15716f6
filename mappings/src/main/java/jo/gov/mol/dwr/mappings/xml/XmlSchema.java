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

import jo.gov.mol.dwr.mappings.validation.ValidationError;

/**
 * One published XML Schema: validates a message element and lists every problem, each named by its field path.
 * For a contract read with a generated binding see {@link XmlContract}; a flat message may be read from the DOM
 * after this validation.
 */
public final class XmlSchema {
    private static final String CURRENT_ELEMENT = "http://apache.org/xml/properties/dom/current-element-node";

    private final Schema schema;

    /** Loads a schema from the classpath of {@code loader}. */
    public XmlSchema(String xsdResource, ClassLoader loader) {
        try {
            URL xsd = loader.getResource(xsdResource);
            if (xsd == null) {
                throw new IllegalStateException("schema not on the classpath: " + xsdResource);
            }
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file,nested");
            this.schema = factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot load schema " + xsdResource, e);
        }
    }

    /** Every problem the schema finds in the element, each named by its field path below it; empty when valid. */
    public List<ValidationError> validate(Element element) {
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
