package jo.gov.mol.dwr.mappings.canonical;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A work permit number, WP-YYYY-NNNNNNN. */
public record PermitNo(@JsonValue String value) {
    private static final IdentifierFormat FORMAT = IdentifierFormat.of("WP-\\d{4}-\\d{7}", "a work permit number", "WP-YYYY-NNNNNNN");

    public PermitNo {
        FORMAT.check(value);
    }

    @JsonCreator
    public static PermitNo of(String value) {
        return new PermitNo(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
