package jo.gov.mol.dwr.mappings.canonical;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An employer's national number: 10 digits. */
public record NationalId(@JsonValue String value) {
    private static final IdentifierFormat FORMAT = IdentifierFormat.of("\\d{10}", "an employer national number", "10 digits");

    public NationalId {
        FORMAT.check(value);
    }

    @JsonCreator
    public static NationalId of(String value) {
        return new NationalId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
