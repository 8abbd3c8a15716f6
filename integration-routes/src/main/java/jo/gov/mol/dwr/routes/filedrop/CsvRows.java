package jo.gov.mol.dwr.routes.filedrop;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.InvalidMessageException;
import jo.gov.mol.dwr.mappings.validation.ValidationError;

/**
 * The rows of a dropped CSV file (UTF-8, comma separated, a header row, quoted fields that may hold commas and line
 * breaks): each with the physical line it starts on, the header being line 1, and its text exactly as written.
 */
public final class CsvRows {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /**
     * @param line   the physical line the row starts on
     * @param values the row's values as read
     * @param text   the row as written in the file, without its line break
     */
    public record Row(long line, List<String> values, String text) {
    }

    private CsvRows() {
    }

    /**
     * @param header the columns the file's header must name, in order
     * @throws InvalidMessageException {@code malformed_message} for a file that is not UTF-8, not readable as CSV, or
     *                                 whose header is not the one given
     */
    public static List<Row> read(byte[] content, List<String> header) {
        String text = decode(content);
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            if (!parser.getHeaderNames().equals(header)) {
                throw refused("header", "the header must be " + String.join(",", header));
            }
            LineStarts lines = new LineStarts(text);
            List<CSVRecord> records = parser.getRecords();
            for (int i = 0; i < records.size(); i++) {
                int start = afterLineBreaks(text, (int) records.get(i).getCharacterPosition());
                int end = i + 1 < records.size() ? (int) records.get(i + 1).getCharacterPosition() : text.length();
                rows.add(new Row(lines.lineOf(start), records.get(i).toList(), withoutLineBreaks(text.substring(start, end))));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw refused("", "not a readable CSV file: " + e.getMessage());
        }
        return rows;
    }

    /** Strict UTF-8: a file in another encoding is refused rather than read with replaced characters. */
    private static String decode(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw refused("", "the file is not UTF-8");
        }
        // spreadsheet programs start a UTF-8 file with a byte order mark, which is no part of the first column's name
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    /** A record's position is where the parser began looking for it, before the empty lines it skipped. */
    private static int afterLineBreaks(String text, int position) {
        int start = position;
        while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
            start++;
        }
        return start;
    }

    private static String withoutLineBreaks(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(0, end);
    }

    private static InvalidMessageException refused(String field, String reason) {
        return new InvalidMessageException(new ValidationError(field, ErrorCode.MALFORMED_MESSAGE, reason));
    }

    /** Where each line of a text starts: a line ends at LF, CR LF or a lone CR, as the CSV parser counts them. */
    private static final class LineStarts {
        private final int[] starts;

        LineStarts(String text) {
            List<Integer> found = new ArrayList<>();
            found.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    found.add(i + 1);
                }
            }
            starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        long lineOf(int position) {
            int at = Arrays.binarySearch(starts, position);
            return (at >= 0 ? at : -at - 2) + 1L;
        }
    }
}
