package jo.gov.mol.dwr.sandbox.embassy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.mappings.embassy.EmbassyCsvRecords;
import jo.gov.mol.dwr.mappings.embassy.EmbassyFileRecord;
import jo.gov.mol.dwr.mappings.embassy.LkaExports;
import jo.gov.mol.dwr.mappings.embassy.PhlEvents;
import jo.gov.mol.dwr.mappings.embassy.PhlMessage;

/**
 * The record versions the hub is to accept from what the embassies sent, each once: read back with the contract's
 * own readers, since a file record's message id is its reference with a fingerprint of its canonical content, which
 * only the mapping knows how to take. A record the sandbox wrote good that the reader refuses, or one written broken
 * that it reads, is the sandbox's own mistake and stops the run.
 */
final class AcceptedVersions {
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private final Map<String, RecordVersion> versions = new LinkedHashMap<>();

    /** The corrected events PHL sent, each under its eventId. */
    void addEvents(List<PlannedRecord> records) {
        for (PlannedRecord record : records) {
            PhlMessage read = PhlEvents.read(PhlEvent.body(record));
            add(new RecordVersion(SourceSystem.EMBASSY_PHL, read.eventId(), read.event()));
        }
    }

    /** The good records of a file; a repeat of a version another file gave is the same version. */
    void addFile(EmbassyFile file) {
        List<EmbassyFileRecord> read = "LKA".equals(file.embassy()) ? LkaExports.read(file.content()) : csvRows(file);
        if (read.size() != file.records().size()) {
            throw new IllegalStateException(file.name() + ": " + file.records().size() + " records written, " + read.size() + " read");
        }
        SourceSystem system = SourceSystem.valueOf("EMBASSY_" + file.embassy());
        for (int i = 0; i < read.size(); i++) {
            EmbassyFileRecord record = read.get(i);
            EmbassyFile.Entry written = file.records().get(i);
            if (record.isRead() == written.isBad()) {
                throw new IllegalStateException(file.name() + " line " + written.line() + ": written "
                        + (written.isBad() ? "broken but read" : "good but refused: " + record.errors()));
            }
            if (record.isRead()) {
                add(new RecordVersion(system, record.messageId(), record.event()));
            }
        }
    }

    List<RecordVersion> list() {
        return List.copyOf(versions.values());
    }

    private void add(RecordVersion version) {
        versions.putIfAbsent(version.system() + ":" + version.messageId(), version);
    }

    private static List<EmbassyFileRecord> csvRows(EmbassyFile file) {
        CountryCode embassy = CountryCode.of(file.embassy());
        List<EmbassyFileRecord> rows = new ArrayList<>();
        try (Reader in = new StringReader(new String(file.content(), StandardCharsets.UTF_8)); CSVParser parser = CSV.parse(in)) {
            for (CSVRecord row : parser) {
                // the header is line 1 and no value of the sandbox's holds a line break
                rows.add(EmbassyCsvRecords.read(embassy, row.toList(), row.getRecordNumber() + 1, String.join(",", row.toList())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
