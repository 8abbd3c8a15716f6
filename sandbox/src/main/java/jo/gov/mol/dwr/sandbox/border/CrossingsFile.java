package jo.gov.mol.dwr.sandbox.border;

import java.time.LocalDate;
import java.util.List;

import jo.gov.mol.dwr.mappings.canonical.CrossingPoint;

/**
 * One crossing point's nightly file of one day (interfaces.md 3b), written but not yet dropped, with the lines of
 * the rows written broken: their MRZ line 2 misread (a wrong composite check digit), for the hub to report at
 * {@value #BAD_FIELD} while it takes the file's other rows.
 *
 * @param badLines the physical lines of the broken rows, the header being line 1
 */
public record CrossingsFile(CrossingPoint point, LocalDate day, String name, byte[] content, List<Long> badLines) {
    public static final String BAD_FIELD = "mrz_line2";

    public CrossingsFile {
        badLines = List.copyOf(badLines);
    }
}
