package jo.gov.mol.dwr.routes.border;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jo.gov.mol.dwr.mappings.border.BorderCrossings;
import jo.gov.mol.dwr.mappings.border.CrossingRow;
import jo.gov.mol.dwr.mappings.canonical.BorderCrossed;
import jo.gov.mol.dwr.mappings.validation.ErrorCode;
import jo.gov.mol.dwr.mappings.validation.InvalidMessageException;
import jo.gov.mol.dwr.mappings.validation.ValidationError;
import jo.gov.mol.dwr.routes.filedrop.CsvRows;

/**
 * A crossing point's nightly reconciliation file (interfaces.md 3b), {@code CROSSINGS_<POINT>_<yyyyMMdd>.csv}: a
 * header, one row per crossing, and the trailer {@code #TOTAL,<rows>}. A file whose trailer is missing or does not
 * count its rows is refused whole. A row of another crossing point does not belong to the file and is refused;
 * a row of another day does, since a crossing late at night may land in the next day's file.
 *
 * @param point the crossing point that the file's name gives
 * @param rows  every row with its physical line number (the header is line 1)
 */
record NightlyFile(String point, List<Row> rows) {
    private static final String POINT_FIELD = "crossing_point";
    private static final Pattern NAME = Pattern.compile("CROSSINGS_([A-Z]{3})_[0-9]{8}\\.csv");

    record Row(long line, CrossingRow columns, String text) {
    }

    /**
     * The crossing of one row, or every problem of the row at once, a crossing point other than the file's among
     * them.
     *
     * @throws InvalidMessageException for a row that is not a crossing of this file's point
     */
    BorderCrossed crossingOf(Row row) {
        List<ValidationError> errors = new ArrayList<>();
        BorderCrossed crossing = null;
        try {
            crossing = BorderCrossings.readRow(row.columns());
        } catch (InvalidMessageException refused) {
            errors.addAll(refused.errors());
        }
        String rowPoint = row.columns().crossingPoint() == null ? "" : row.columns().crossingPoint().strip();
        boolean pointRefused = errors.stream().anyMatch(e -> e.field().equals(POINT_FIELD));
        if (!pointRefused && !rowPoint.equals(point)) {
            errors.add(new ValidationError(POINT_FIELD, ErrorCode.CROSSING_POINT_MISMATCH, "the row is a crossing at " + rowPoint
                    + " in the file of " + point + ": a crossing point's file holds only its own crossings"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidMessageException(errors);
        }
        return crossing;
    }

    /**
     * @param name the file's name, {@code CROSSINGS_<POINT>_<yyyyMMdd>.csv}
     * @throws InvalidMessageException {@code trailer_mismatch} or {@code malformed_message} for the whole file
     */
    static NightlyFile parse(String name, byte[] content) {
        Matcher named = NAME.matcher(name);
        if (!named.matches()) {
            throw new IllegalArgumentException("not a nightly crossings file: " + name);
        }
        List<Row> rows = new ArrayList<>();
        Long declared = null;
        long trailerLine = 0;
        for (CsvRows.Row row : CsvRows.read(content, CrossingRow.COLUMNS)) {
            if (declared != null) {
                throw refused("#TOTAL", ErrorCode.TRAILER_MISMATCH, "a row follows the trailer at line " + row.line());
            }
            if (row.values().get(0).startsWith("#TOTAL")) {
                declared = count(row.values());
                trailerLine = row.line();
            } else {
                rows.add(new Row(row.line(), CrossingRow.of(row.values()), row.text()));
            }
        }
        if (declared == null) {
            throw refused("#TOTAL", ErrorCode.TRAILER_MISMATCH, "the file has no trailer #TOTAL,<rows>: it may be incomplete");
        }
        if (declared != rows.size()) {
            throw refused("#TOTAL", ErrorCode.TRAILER_MISMATCH, "the trailer at line " + trailerLine + " counts " + declared
                    + " rows, the file has " + rows.size());
        }
        return new NightlyFile(named.group(1), rows);
    }

    private static Long count(List<String> trailer) {
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
