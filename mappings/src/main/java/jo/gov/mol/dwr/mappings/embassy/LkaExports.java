package jo.gov.mol.dwr.mappings.embassy;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.FieldErrors;
import jo.gov.mol.dwr.mappings.validation.InvalidMessageException;
import jo.gov.mol.dwr.mappings.validation.ValidationError;
import jo.gov.mol.dwr.mappings.xml.SafeXml;
import jo.gov.mol.dwr.mappings.xml.XmlSchema;

/**
 * Sri Lanka's export files (interfaces.md 4b): {@code SlbfeExport} holding {@code Attestation} and
 * {@code WelfareCase} records. Each record is validated and mapped on its own and reported by the line it starts
 * on; only a file that is not an export at all (not XML, another root) is refused whole.
 */
public final class LkaExports {
    public static final String NAMESPACE = "urn:lk:gov:slbfe:amman:1";
    public static final String XSD = "embassy/lka-export.xsd";
    public static final CountryCode EMBASSY = CountryCode.of("LKA");

    private static final XmlSchema SCHEMA = new XmlSchema(XSD, LkaExports.class.getClassLoader());
    private static final EmbassyRecordMapper.Fields FIELDS = new EmbassyRecordMapper.Fields("", "@ref", "@date",
            "Worker/@passport", "Worker/@name", "Worker/@dob", "Worker/@sex", "Agency/@licence", "Employer/@id",
            "Salary", "Salary/@currency", "@status", "@category", "Reason", "");

    private LkaExports() {
    }

    /**
     * @throws InvalidMessageException {@code malformed_message} or {@code unknown_message_type} for the whole file
     */
    public static List<EmbassyFileRecord> read(byte[] xml) {
        Element root = SafeXml.parse(xml).getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !"SlbfeExport".equals(root.getLocalName())) {
            throw new InvalidMessageException(new ValidationError("", ErrorCode.UNKNOWN_MESSAGE_TYPE,
                    "not an SLBFE export: {" + root.getNamespaceURI() + "}" + root.getLocalName()));
        }
        List<Integer> lines = SafeXml.childElementLines(xml);
        List<EmbassyFileRecord> records = new ArrayList<>();
        int index = 0;
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                records.add(record((Element) child, index < lines.size() ? lines.get(index) : 0));
                index++;
            }
        }
        return records;
    }

    private static EmbassyFileRecord record(Element element, long line) {
        String raw = SafeXml.text(element);
        String reference = element.hasAttribute("ref") ? element.getAttribute("ref") : null;
        FieldErrors errors = new FieldErrors();
        String kind = kindOf(element);
        if (kind == null) {
            errors.add("", ErrorCode.UNKNOWN_MESSAGE_TYPE, "not a record of an SLBFE export: {"
                    + element.getNamespaceURI() + "}" + element.getLocalName() + " (Attestation or WelfareCase)");
            return new EmbassyFileRecord(line, reference, raw, null, errors.list());
        }
        errors.addAll(SCHEMA.validate(element));
        Element worker = child(element, "Worker");
        Element salary = child(element, "Salary");
        EmbassyRecord record = new EmbassyRecord(kind, reference, attribute(element, "date"),
                attribute(worker, "passport"), attribute(worker, "name"), attribute(worker, "dob"),
                attribute(worker, "sex"), attribute(child(element, "Agency"), "licence"),
                attribute(child(element, "Employer"), "id"), salary == null ? null : salary.getTextContent(),
                attribute(salary, "currency"), attribute(element, "status"), attribute(element, "category"),
                text(child(element, "Reason")), null);
        try {
            return new EmbassyFileRecord(line, reference, raw,
                    new EmbassyRecordMapper(EMBASSY, FIELDS, EmbassyFileDates.FORMS, errors).map(record), List.of());
        } catch (InvalidMessageException refused) {
            return new EmbassyFileRecord(line, reference, raw, null, refused.errors());
        }
    }

    private static String kindOf(Element element) {
        if (!NAMESPACE.equals(element.getNamespaceURI())) {
            return null;
        }
        return switch (element.getLocalName()) {
            case "Attestation" -> EmbassyRecord.ATTESTATION;
            case "WelfareCase" -> EmbassyRecord.WELFARE_CASE;
            default -> null;
        };
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE && NAMESPACE.equals(n.getNamespaceURI())
                    && name.equals(n.getLocalName())) {
                return (Element) n;
            }
        }
        return null;
    }

    private static String attribute(Element element, String name) {
        return element != null && element.hasAttribute(name) ? element.getAttribute(name) : null;
    }

    private static String text(Element element) {
        return element == null ? null : element.getTextContent();
    }
}
