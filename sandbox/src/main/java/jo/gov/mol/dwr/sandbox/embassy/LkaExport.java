package jo.gov.mol.dwr.sandbox.embassy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jo.gov.mol.dwr.mappings.embassy.LkaExports;

/**
 * Sri Lanka's export file (interfaces.md 4b): an {@code SlbfeExport} of {@code Attestation} and {@code WelfareCase}
 * records, dates {@code dd/MM/yyyy}, the name in one string, family name first. Written with StAX, one element a
 * line, so that the line each record starts on is known. A record written broken carries its worker's birth date in
 * ISO form, as the embassy's export tool did for a while, for the hub to report at {@value #BAD_FIELD}.
 */
final class LkaExport {
    static final String BAD_FIELD = "Worker/@dob";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private LkaExport() {
    }

    /**
     * @param broken the records to write broken (among {@code records})
     */
    static EmbassyFile write(String name, OffsetDateTime generatedAt, List<PlannedRecord> records, List<PlannedRecord> broken) {
        StringWriter text = new StringWriter();
        List<EmbassyFile.Entry> entries = new ArrayList<>();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(LkaExports.NAMESPACE);
            xml.writeStartElement(LkaExports.NAMESPACE, "SlbfeExport");
            xml.writeDefaultNamespace(LkaExports.NAMESPACE);
            xml.writeAttribute("generatedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(generatedAt));
            for (PlannedRecord record : records) {
                xml.writeCharacters("\n  ");
                xml.flush();
                boolean bad = broken.contains(record);
                entries.add(new EmbassyFile.Entry(lineAt(text), record, bad ? BAD_FIELD : null));
                write(xml, record, bad);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the LKA export " + name, e);
        }
        return new EmbassyFile("LKA", name, text.toString().getBytes(StandardCharsets.UTF_8), entries);
    }

    private static void write(XMLStreamWriter xml, PlannedRecord record, boolean broken) throws XMLStreamException {
        xml.writeStartElement(LkaExports.NAMESPACE, record.isAttestation() ? "Attestation" : "WelfareCase");
        xml.writeAttribute("ref", record.reference());
        xml.writeAttribute("date", DAY.format(record.date()));
        if (record.isAttestation()) {
            xml.writeAttribute("status", record.status().name());
        } else {
            xml.writeAttribute("category", record.category().name());
        }
        element(xml, "Worker");
        xml.writeAttribute("passport", record.worker().passportNo());
        xml.writeAttribute("name", NameOrder.of("LKA").write(record.worker()));
        xml.writeAttribute("dob", broken ? record.worker().birthDate().toString() : DAY.format(record.worker().birthDate()));
        xml.writeAttribute("sex", record.worker().sex());
        if (record.officeLicenceNo() != null) {
            element(xml, "Agency");
            xml.writeAttribute("licence", record.officeLicenceNo());
        }
        if (record.employerId() != null) {
            element(xml, "Employer");
            xml.writeAttribute("id", record.employerId());
        }
        if (record.isAttestation()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement(LkaExports.NAMESPACE, "Salary");
            xml.writeAttribute("currency", record.currency());
            xml.writeCharacters(record.salary().toPlainString());
            xml.writeEndElement();
            if (record.reason() != null) {
                xml.writeCharacters("\n    ");
                xml.writeStartElement(LkaExports.NAMESPACE, "Reason");
                xml.writeCharacters(record.reason());
                xml.writeEndElement();
            }
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement(LkaExports.NAMESPACE, name);
    }

    private static long lineAt(StringWriter text) {
        return text.getBuffer().chars().filter(c -> c == '\n').count() + 1;
    }
}
