package jo.gov.mol.dwr.sandbox.embassy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import jo.gov.mol.dwr.mappings.embassy.EmbassyCsvRecords;

/**
 * The CSV file of an embassy without a channel of its own (interfaces.md 4c), written with commons-csv: the
 * published header, one row per record, dates {@code dd/MM/yyyy}, the worker's name in the embassy's own order
 * ({@link NameOrder}); a value holding a comma (a name written {@code SURNAME, GIVEN}, a refusal's reason) is quoted.
 * A row written broken carries the birth date in ISO form, for the hub to report at {@value #BAD_FIELD}.
 */
final class EmbassyCsvFile {
    static final String BAD_FIELD = "date_of_birth";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private EmbassyCsvFile() {
    }

    /**
     * @param broken the records to write broken (among {@code records})
     */
    static EmbassyFile write(String embassy, String name, List<PlannedRecord> records, List<PlannedRecord> broken) {
        StringBuilder text = new StringBuilder();
        List<EmbassyFile.Entry> entries = new ArrayList<>();
        try {
            CSVPrinter rows = CSV.print(text);
            rows.printRecord(EmbassyCsvRecords.COLUMNS);
            long line = 1;
            for (PlannedRecord record : records) {
                boolean bad = broken.contains(record);
                rows.printRecord(values(embassy, record, bad));
                // no value holds a line break, so every row is one line
                entries.add(new EmbassyFile.Entry(++line, record, bad ? BAD_FIELD : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EmbassyFile(embassy, name, text.toString().getBytes(StandardCharsets.UTF_8), entries);
    }

    /** The same file with its header in capitals, as an older layout named the columns: not the published header. */
    static EmbassyFile withAnOlderHeader(EmbassyFile file) {
        String text = new String(file.content(), StandardCharsets.UTF_8);
        int endOfHeader = text.indexOf('\n');
        String older = text.substring(0, endOfHeader).toUpperCase(Locale.ROOT) + text.substring(endOfHeader);
        return new EmbassyFile(file.embassy(), file.name(), older.getBytes(StandardCharsets.UTF_8), file.records());
    }

    private static List<String> values(String embassy, PlannedRecord record, boolean broken) {
        boolean attestation = record.isAttestation();
        return List.of(attestation ? "ATTESTATION" : "WELFARE_CASE", record.reference(), DAY.format(record.date()),
                record.worker().passportNo(), NameOrder.of(embassy).write(record.worker()),
                broken ? record.worker().birthDate().toString() : DAY.format(record.worker().birthDate()),
                record.worker().sex(), orEmpty(record.officeLicenceNo()), orEmpty(record.employerId()),
                attestation ? record.salary().toPlainString() : "", orEmpty(record.currency()),
                attestation ? record.status().name() : "", attestation ? "" : record.category().name(),
                orEmpty(record.reason()));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
