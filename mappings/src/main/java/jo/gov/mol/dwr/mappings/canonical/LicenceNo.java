package jo.gov.mol.dwr.mappings.canonical;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A recruitment office licence number, RO-NNNN. */
public record LicenceNo(@JsonValue String value) {
    private static final IdentifierFormat FORMAT = IdentifierFormat.of("RO-\\d{4}", "an office licence number", "RO-NNNN");

    public LicenceNo {
        FORMAT.check(value);
    }

    @JsonCreator
    public static LicenceNo of(String value) {
        return new LicenceNo(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
