package jo.gov.mol.dwr.routes.border;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import jo.gov.mol.dwr.mappings.border.CrossingRow;
import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.InvalidMessageException;
import jo.gov.mol.dwr.mappings.validation.ValidationError;

/**
 * A crossing point's nightly reconciliation file (interfaces.md 3b): a header, one row per crossing, and the
 * trailer {@code #TOTAL,<rows>}. A file whose trailer is missing or does not count its rows is refused whole.
 *
 * @param rows every row with its physical line number (the header is line 1)
 */
record NightlyFile(List<Row> rows) {

    record Row(long line, CrossingRow columns, String text) {
    }

    /** @throws InvalidMessageException {@code trailer_mismatch} or {@code malformed_message} for the whole file */
    static NightlyFile parse(String content) {
        List<Row> rows = new ArrayList<>();
        Long declared = null;
        long trailerLine = 0;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(content))) {
            if (!parser.getHeaderNames().equals(CrossingRow.COLUMNS)) {
                throw refused("header", ErrorCode.MALFORMED_MESSAGE, "the header must be " + String.join(",", CrossingRow.COLUMNS));
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (declared != null) {
                    throw refused("#TOTAL", ErrorCode.TRAILER_MISMATCH, "a row follows the trailer at line " + line);
                }
                if (record.get(0).startsWith("#TOTAL")) {
                    declared = count(record);
                    trailerLine = line;
                } else {
                    rows.add(new Row(line, CrossingRow.of(record.toList()), String.join(",", record.toList())));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw refused("", ErrorCode.MALFORMED_MESSAGE, "not a readable CSV file: " + e.getMessage());
        }
        if (declared == null) {
            throw refused("#TOTAL", ErrorCode.TRAILER_MISMATCH, "the file has no trailer #TOTAL,<rows>: it may be incomplete");
        }
        if (declared != rows.size()) {
            throw refused("#TOTAL", ErrorCode.TRAILER_MISMATCH, "the trailer at line " + trailerLine + " counts " + declared
                    + " rows, the file has " + rows.size());
        }
        return new NightlyFile(rows);
    }

    private static Long count(CSVRecord trailer) {
        try {
            return trailer.size() < 2 ? -1L : Long.parseLong(trailer.get(1).strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static InvalidMessageException refused(String field, ErrorCode code, String reason) {
        return new InvalidMessageException(new ValidationError(field, code, reason));
    }
}
