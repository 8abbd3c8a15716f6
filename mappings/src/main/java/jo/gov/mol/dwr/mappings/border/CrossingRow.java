package jo.gov.mol.dwr.mappings.border;

import java.util.List;
import java.util.Map;

/**
 * The seven fields of one crossing as text, as a row of a border post's nightly file gives them (interfaces.md
 * 3b). Values are as read, surrounding spaces allowed; an empty {@code visaRef} means absent.
 *
 * @param occurredAt {@code dd/MM/yyyy HH:mm:ss}, Amman local time
 */
public record CrossingRow(String eventId, String crossingPoint, String direction, String occurredAt, String mrzLine1,
                          String mrzLine2, String visaRef) {

    /** The file's header, in order: the names by which a row's problems are reported. */
    public static final List<String> COLUMNS =
            List.of("event_id", "crossing_point", "direction", "occurred_at", "mrz_line1", "mrz_line2", "visa_ref");

    /** A row from its values keyed by column name; a missing column gives null, reported as required. */
    public static CrossingRow of(Map<String, String> row) {
        return new CrossingRow(row.get("event_id"), row.get("crossing_point"), row.get("direction"),
                row.get("occurred_at"), row.get("mrz_line1"), row.get("mrz_line2"), row.get("visa_ref"));
    }

    /** A row from its values in the order of {@link #COLUMNS}; missing trailing values give null. */
    public static CrossingRow of(List<String> values) {
        return new CrossingRow(at(values, 0), at(values, 1), at(values, 2), at(values, 3), at(values, 4),
                at(values, 5), at(values, 6));
    }

    private static String at(List<String> values, int index) {
        return index < values.size() ? values.get(index) : null;
    }
}
